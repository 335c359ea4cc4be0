package org.opora.consilium.ui.internal.meeting;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.Meeting;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Amends the collegial conclusion of a finalised protocol: the text as it should read, and the reason, which is
 * required and recorded with the previous text.
 */
class AmendConclusionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    AmendConclusionDialog(MeetingPage page) {
        Meeting m = page.meeting();
        setId("amend-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.amend.conclusionTitle", m.number()));
        setWidth("44em");
        TextArea conclusion = Forms.field(new TextArea(), "amend-conclusion", "consilium.ui.meeting.protocol.conclusion");
        conclusion.setWidthFull();
        conclusion.setMinHeight("10em");
        conclusion.setValue(m.conclusion());
        TextArea reason = Amendments.reason();
        Map<String, HasValidation> fields = Map.of("conclusion", conclusion, "reason", reason);
        add(conclusion, reason);
        getFooter().add(Forms.button("amend-cancel", "consilium.ui.common.cancel", this::close),
                Forms.primary("amend-save", "consilium.ui.meeting.amend.save", () -> {
                    Failures.clear(fields);
                    // the service names the conclusion and the reason at once
                    Failures.on(fields, () -> {
                        close();
                        page.reload().run();
                    }).run(() -> {
                        page.services().protocol().amendConclusion(m.id(), m.version(), conclusion.getValue().strip(),
                                reason.getValue().strip());
                        Notifications.success(getTranslation("consilium.ui.meeting.amend.saved"));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
