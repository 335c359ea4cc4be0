package org.opora.programmes.ui.internal.programme;

import java.util.Map;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.programmes.api.programme.Programme;

/**
 * The curator asks for an unplanned consilium about the pupil (regulation 002: the curator initiates unplanned
 * consilium meetings when needed), saying why; the request goes on the agenda proposals of the
 * consilium and into the duties ("my duties") of whoever prepares its meetings.
 */
class MeetingRequestDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** As the service keeps it. */
    static final int REASON = 1000;

    private final TextArea reason = Forms.field(new TextArea(), "meeting-request-reason",
            "programmes.ui.lifecycle.requestMeeting.reason");

    MeetingRequestDialog(ProgrammePage page) {
        setId("meeting-request-dialog");
        setHeaderTitle(getTranslation("programmes.ui.lifecycle.requestMeeting"));
        setWidth("36em");
        reason.setMaxLength(REASON);
        reason.setWidthFull();
        reason.setMinHeight("6em");
        reason.setHelperText(getTranslation("programmes.ui.lifecycle.requestMeeting.help"));
        add(new Paragraph(getTranslation("programmes.ui.lifecycle.requestMeeting.hint")), reason);
        getFooter().add(Forms.button("meeting-request-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("meeting-request-save", "programmes.ui.lifecycle.requestMeeting.send",
                        () -> save(page)));
    }

    private void save(ProgrammePage page) {
        Map<String, TextArea> fields = Map.of("reason", reason);
        Failures.clear(fields);
        if (reason.getValue().isBlank()) {
            Failures.required(reason);
            return;
        }
        Programme p = page.programme();
        Failures.on(fields, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().lifecycle().requestMeeting(p.id(), p.version(), reason.getValue().strip());
            Notifications.success(getTranslation("programmes.ui.lifecycle.requestMeeting.sent"));
            close();
            page.reload().run();
        });
    }
}
