package org.opora.consilium.ui.internal.meeting;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Amends one pupil's outcome in a finalised protocol: the outcome as it should read, and the reason, which is
 * required and recorded with the previous text.
 */
class AmendOutcomeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    AmendOutcomeDialog(MeetingPage page, AgendaItem item) {
        setId("amend-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.amend.outcomeTitle", item.pupilName()));
        setWidth("48em");
        OutcomeForm form = new OutcomeForm("amend-outcome", page.services().staff(), page.settings(),
                item.outcome(), true, item.curatorName());
        TextArea reason = Amendments.reason();
        Map<String, HasValidation> fields = new HashMap<>(form.fields());
        fields.put("reason", reason);
        add(form, reason);
        getFooter().add(Forms.button("amend-cancel", "consilium.ui.common.cancel", this::close),
                Forms.primary("amend-save", "consilium.ui.meeting.amend.save", () -> {
                    Failures.clear(fields);
                    if (!form.datesReadable()) {
                        if (reason.getValue().isBlank()) {
                            Failures.required(reason); // the reason and an impossible review day at once
                        }
                        return;
                    }
                    // the service names every field of the outcome and the reason at once
                    Failures.on(fields, () -> {
                        close();
                        page.reload().run();
                    }).run(() -> {
                        page.services().protocol().amendOutcome(item.id(), item.version(), form.outcome(),
                                reason.getValue().strip());
                        Notifications.success(getTranslation("consilium.ui.meeting.amend.saved"));
                        close();
                        page.reload().run();
                    });
                }));
    }
}
