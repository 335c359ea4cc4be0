package org.opora.core.kit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

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
        return asking(staff, Forms.field(new ComboBox<>(), id, labelKey));
    }

    /**
     * A choice of several among the active staff, asked for as the user types (e.g. the teachers who work in a
     * class).
     */
    public static MultiSelectComboBox<StaffMember> createMany(StaffService staff, String id, String labelKey) {
        return asking(staff, Forms.field(new MultiSelectComboBox<>(), id, labelKey));
    }

    /** The box asks the staff service for what the user types, a page at a time, and names people as in lists. */
    private static <C extends ComboBoxBase<C, StaffMember, ?>> C asking(StaffService staff, C box) {
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

    /** Shows the staff members with the ids as chosen; those that cannot be read are left out. */
    public static void selectAll(MultiSelectComboBox<StaffMember> box, StaffService staff, Set<Long> staffIds) {
        Set<StaffMember> chosen = new LinkedHashSet<>();
        for (Long id : staffIds) {
            Failures.get(() -> staff.get(id)).ifPresent(chosen::add);
        }
        box.setValue(chosen);
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
