package org.opora.core.ui.internal.card;

import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.ui.internal.pupil.PupilForm;
import org.opora.platform.ui.api.Notifications;

/** The main tab: the pupil's core data, editable by those the service lets edit this pupil. */
class MainTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    MainTab(PupilService pupils, PupilCard card, List<SchoolClass> classes, Runnable reload) {
        setId("pupil-main");
        setPadding(false);
        Pupil pupil = card.pupil();
        PupilForm form = new PupilForm(classes, !pupil.archived());
        form.read(pupil);
        form.setReadOnly(!card.editable());
        Paragraph readOnly = ReadOnlyNote.of(card, "pupil-read-only");
        if (readOnly != null) {
            add(readOnly);
        }
        add(form);
        if (card.editable()) {
            add(Forms.primary("pupil-save", "core.kit.common.save", () -> {
                Failures.clear(form.fields());
                form.draft(pupils::check).ifPresent(draft -> {
                    Failures.on(form.fields(), reload).run(() -> {
                        pupils.update(pupil.id(), pupil.version(), draft);
                        Notifications.success(getTranslation("core.ui.card.saved"));
                        reload.run();
                    });
                });
            }));
        }
    }
}
