package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.conclusion.Conclusion;

/**
 * Approves the signed general conclusion on a day (not before it was signed, not in the future), naming the position
 * of the school's chain and the person approving; the service checks the role again and records the approval as
 * taken.
 */
class ApproveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final long version;
    private final DatePicker day = Dates.picker("ts-approve-date", "teachersupport.ui.conclusion.approvedOn");

    ApproveDialog(RecordPage page, Conclusion c, ApprovalStep step) {
        this.page = page;
        this.version = c.version();
        setId("ts-approve-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.conclusion.approve"));
        setWidth("32em");
        Dates.max(day, LocalDate.now());
        Dates.min(day, c.signedOn());
        day.setValue(LocalDate.now());
        Paragraph signs = new Paragraph(getTranslation("teachersupport.ui.conclusion.approves", step.position(),
                page.user().displayName()));
        signs.setId("ts-approve-signs");
        add(signs, day);
        getFooter().add(Forms.button("ts-approve-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-approve-confirm", "teachersupport.ui.conclusion.approve", this::approve));
    }

    private void approve() {
        if (day.getValue() == null) {
            Failures.required(day);
            return;
        }
        Failures.clear(Map.of("approvedOn", day));
        Failures.on(Map.of("approvedOn", day), page.reload()).run(() -> {
            page.services().conclusion().approve(page.id(), version, day.getValue());
            close();
            Notifications.success(getTranslation("teachersupport.ui.conclusion.approvedDone"));
            page.reload().run();
        });
    }
}
