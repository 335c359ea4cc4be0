package org.opora.core.ui.internal.card;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;

/**
 * Tells a reader of a current pupil whom the service does not let edit the card who does — the class teacher of the
 * pupil's class (named) and whoever may edit every pupil — instead of leaving them before greyed fields.
 */
final class ReadOnlyNote {

    private ReadOnlyNote() {
    }

    /**
     * The paragraph with the id given, or {@code null} when there is nothing to tell: the user edits the card, or the
     * pupil left the school (an archived card changes no more).
     */
    static Paragraph of(PupilCard card, String id) {
        Pupil pupil = card.pupil();
        if (card.editable() || pupil.archived()) {
            return null;
        }
        UI ui = UI.getCurrent();
        String teacher = pupil.classTeacher();
        Paragraph text = new Paragraph(teacher == null || teacher.isBlank()
                ? ui.getTranslation("core.ui.card.readOnlyNoTeacher")
                : ui.getTranslation("core.ui.card.readOnly", teacher));
        text.setId(id);
        return text;
    }
}
