package org.opora.consilium.ui.internal.meeting;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Invites an external specialist to the meeting: name, position and organisation, all required, up to 300 characters each. */
class ExternalDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ExternalDialog(MeetingPage page) {
        setId("external-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.participant.addExternal"));
        setWidth("36em");
        TextField name = Forms.field(new TextField(), "external-name", "consilium.ui.meeting.participant.name");
        TextField position = Forms.field(new TextField(), "external-position", "consilium.ui.meeting.participant.position");
        TextField organisation = Forms.field(new TextField(), "external-organisation",
                "consilium.ui.meeting.participant.organisation");
        Map<String, HasValidation> fields = Map.of("name", name, "position", position, "organisation", organisation);
        add(Forms.form(name, position, organisation));
        getFooter().add(Forms.button("external-cancel", "consilium.ui.common.cancel", this::close),
                Forms.primary("external-save", "consilium.ui.meeting.participant.add", () -> {
                    Failures.clear(fields);
                    // the service names every empty or too long field at once
                    Failures.on(fields).run(() -> {
                        page.services().participants().addParticipant(page.meeting().id(), ParticipantDraft.external(
                                name.getValue().strip(), position.getValue().strip(), organisation.getValue().strip()));
                        Notifications.success(getTranslation("consilium.ui.meeting.participant.added", name.getValue()));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
