package org.opora.patronage.ui.internal.meeting;

import java.util.Map;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.platform.ui.api.Notifications;

/** Records the decision on a case discussed, with the curator's proposals shown as the starting point. */
class DecisionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient MeetingServices services;
    private final transient MeetingItem item;
    private final transient Runnable reload;
    private final TextArea decision = Forms.field(new TextArea(), "patronage-meeting-decision-text",
            "patronage.ui.meeting.decision");

    DecisionDialog(MeetingServices services, MeetingItem item, Runnable reload) {
        this.services = services;
        this.item = item;
        this.reload = reload;
        setId("patronage-meeting-decision-dialog");
        setHeaderTitle(getTranslation("patronage.ui.meeting.decision.title", item.position(), item.pupil()));
        setWidth("40em");
        if (item.report() != null && !item.report().proposals().isBlank()) {
            Paragraph proposals = new Paragraph(getTranslation("patronage.ui.meeting.decision.proposals",
                    item.report().proposals()));
            proposals.setId("patronage-meeting-decision-proposals");
            proposals.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "pre-line");
            add(proposals);
        }
        decision.setValue(item.decision());
        decision.setWidthFull();
        decision.setMinHeight("8em");
        add(decision);
        getFooter().add(Forms.button("patronage-meeting-decision-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-meeting-decision-save", "core.kit.common.save", this::save));
    }

    private void save() {
        Map<String, TextArea> fields = Map.of("decision", decision);
        Failures.clear(fields);
        if (decision.getValue().isBlank()) {
            Failures.required(decision);
            return;
        }
        Failures.on(fields, () -> {
            close();
            reload.run();
        }).run(() -> {
            services.meetings().recordDecision(item.id(), item.version(), decision.getValue());
            Notifications.success(getTranslation("patronage.ui.meeting.decided"));
            close();
            reload.run();
        });
    }
}
