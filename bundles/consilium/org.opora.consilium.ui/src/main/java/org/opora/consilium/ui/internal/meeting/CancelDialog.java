package org.opora.consilium.ui.internal.meeting;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.Meeting;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Records that a meeting in preparation did not take place, with the reason, which the meeting keeps. */
class CancelDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CancelDialog(MeetingPage page) {
        Meeting m = page.meeting();
        setId("cancel-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.cancel.title", m.number()));
        setWidth("32em");
        add(getTranslation("consilium.ui.meeting.cancel.text"));
        TextArea reason = Forms.field(new TextArea(), "cancel-reason", "consilium.ui.common.reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Map<String, HasValidation> fields = Map.of("reason", reason);
        add(reason);
        getFooter().add(Forms.button("cancel-close", "consilium.ui.common.close", this::close),
                Forms.primary("cancel-save", "consilium.ui.meeting.cancel", () -> {
                    Failures.clear(fields);
                    if (reason.getValue().isBlank()) {
                        Failures.required(reason);
                        return;
                    }
                    Failures.on(fields, () -> {
                        close();
                        page.reload().run();
                    }).run(() -> {
                        page.services().meetings().cancel(m.id(), m.version(), reason.getValue().strip());
                        Notifications.success(getTranslation("consilium.ui.meeting.cancelled", m.number()));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
