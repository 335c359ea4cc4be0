package org.opora.core.ui.internal.pupil;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Adds a pupil: one call to the service, which stores the pupil or refuses with a reason shown on the form. */
class PupilDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient PupilService pupils;
    private final transient Consumer<Pupil> onCreated;
    private final PupilForm form;

    PupilDialog(PupilService pupils, List<SchoolClass> classes, Consumer<Pupil> onCreated) {
        this.pupils = pupils;
        this.onCreated = onCreated;
        this.form = new PupilForm(classes, true);
        setId("pupil-dialog");
        setHeaderTitle(getTranslation("core.ui.pupils.add"));
        setWidth("48em");
        add(form);
        getFooter().add(Forms.button("pupil-dialog-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("pupil-dialog-save", "core.kit.common.save", this::save));
    }

    private void save() {
        Failures.clear(form.fields());
        form.draft(pupils::check).ifPresent(draft -> {
            Failures.on(form.fields()).run(() -> {
                Pupil created = pupils.create(draft);
                Notifications.success(getTranslation("core.ui.pupils.created", created.name().full()));
                close();
                onCreated.accept(created);
            });
        });
    }
}
