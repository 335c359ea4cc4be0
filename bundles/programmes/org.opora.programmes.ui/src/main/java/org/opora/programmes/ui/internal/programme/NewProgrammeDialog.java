package org.opora.programmes.ui.internal.programme;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.PupilPicker;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.platform.ui.api.Notifications;

/**
 * Drafts a programme for a pupil: only the pupil is chosen here (the service copies the pupil's data from the
 * core), the form is written on the programme's page, which opens at once.
 */
class NewProgrammeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    NewProgrammeDialog(ProgrammeService programmes, PupilService pupils, LongConsumer open) {
        setId("programme-new-dialog");
        setHeaderTitle(getTranslation("programmes.ui.list.new"));
        setWidth("36em");
        ComboBox<Pupil> pupil = PupilPicker.create(pupils, "programme-pupil", "programmes.ui.form.pupil");
        pupil.setWidthFull();
        add(new Paragraph(getTranslation("programmes.ui.list.new.hint")), pupil);
        getFooter().add(Forms.button("programme-new-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("programme-new-save", "programmes.ui.list.new.create", () -> {
                    Map<String, ComboBox<Pupil>> fields = Map.of("pupilId", pupil);
                    Failures.clear(fields);
                    if (pupil.getValue() == null) {
                        Failures.required(pupil);
                        return;
                    }
                    Failures.on(fields).run(() -> {
                        Programme created = programmes.create(new ProgrammeDraft(pupil.getValue().id(), null, "", "",
                                "", List.of(), "", "", "", "", "", null, null, List.of(), null, null));
                        Notifications.success(getTranslation("programmes.ui.list.created", created.pupilName()));
                        close();
                        open.accept(created.id());
                    });
                }));
    }
}
