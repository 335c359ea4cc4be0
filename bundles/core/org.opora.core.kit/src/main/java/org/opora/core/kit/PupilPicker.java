package org.opora.core.kit;

import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;

/**
 * A choice among the current pupils that asks the pupil service for what the user types (surname, name, "Surname
 * Name", a class such as "8B" or both), one page at a time: a school has hundreds of pupils.
 */
public final class PupilPicker {

    private PupilPicker() {
    }

    public static ComboBox<Pupil> create(PupilService pupils, String id, String labelKey) {
        ComboBox<Pupil> box = Forms.field(new ComboBox<>(), id, labelKey);
        box.setItems(q -> {
            PupilQuery query = PupilQuery.byName(q.getFilter().orElse(""));
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> pupils.find(query, offset, limit).stream(), Stream.empty());
        });
        box.setItemLabelGenerator(PupilPicker::label);
        box.setClearButtonVisible(true);
        box.setPlaceholder(box.getTranslation("core.kit.pupilPicker.placeholder"));
        return box;
    }

    /** "Surname Name Patronymic, 7B". */
    public static String label(Pupil p) {
        return p.className() == null || p.className().isEmpty() ? p.name().full()
                : p.name().full() + ", " + p.className();
    }

    /** Shows the pupil with the id as chosen; nothing for {@code null} or a record that cannot be read. */
    public static void select(ComboBox<Pupil> box, PupilService pupils, Long pupilId) {
        if (pupilId == null) {
            return;
        }
        Failures.get(() -> pupils.get(pupilId)).ifPresent(box::setValue);
    }
}
