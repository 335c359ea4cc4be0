package org.opora.programmes.ui.internal.common;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;

/**
 * The choice of the parent (legal representative) who was told something or who answered: the representatives of
 * the pupil card are offered, and any other name may be typed (a parent not yet written into the card). The only
 * representative is chosen at once.
 */
public final class Representatives {

    private Representatives() {
    }

    /** The input with the pupil's representatives; none offered when the card cannot be read. */
    public static ComboBox<String> picker(PupilService pupils, long pupilId, String id, String labelKey) {
        ComboBox<String> box = Forms.field(new ComboBox<>(), id, labelKey);
        List<String> names = Failures.read(() -> pupils.card(pupilId).representatives(),
                List.<Representative>of()).stream().map(Representative::fullName).toList();
        box.setItems(names);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> box.setValue(e.getDetail()));
        box.setWidthFull();
        if (names.size() == 1) {
            box.setValue(names.get(0));
        }
        return box;
    }

    /** Whether no name is chosen or typed. */
    public static boolean blank(ComboBox<String> box) {
        return box.getValue() == null || box.getValue().isBlank();
    }
}
