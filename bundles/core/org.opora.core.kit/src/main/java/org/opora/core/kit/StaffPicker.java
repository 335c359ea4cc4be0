package org.opora.core.kit;

import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;

/**
 * A choice among the active staff that asks the staff service for what the user types, one page at a time (a
 * school has a hundred people or more).
 */
public final class StaffPicker {

    private StaffPicker() {
    }

    public static ComboBox<StaffMember> create(StaffService staff, String id, String labelKey) {
        ComboBox<StaffMember> box = Forms.field(new ComboBox<>(), id, labelKey);
        box.setItems(q -> {
            StaffQuery query = new StaffQuery(q.getFilter().orElse(""), "", false);
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> staff.find(query, offset, limit).stream(), Stream.empty());
        });
        box.setItemLabelGenerator(StaffPicker::label);
        box.setClearButtonVisible(true);
        return box;
    }

    /** "Surname Name Patronymic, position". */
    public static String label(StaffMember s) {
        return s.position().isEmpty() ? s.name().full() : s.name().full() + ", " + s.position();
    }

    /** Shows the staff member with the id as chosen; nothing for {@code null} or a record that cannot be read. */
    public static void select(ComboBox<StaffMember> box, StaffService staff, Long staffId) {
        if (staffId == null) {
            return;
        }
        Failures.get(() -> staff.get(staffId)).ifPresent(box::setValue);
    }
}
