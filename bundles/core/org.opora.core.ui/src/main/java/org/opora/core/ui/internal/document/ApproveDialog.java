package org.opora.core.ui.internal.document;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * Records that a document was approved: by whom, as written on the paper, and on which day
 * (000 §5.1.1: annual plans and schedules are approved by the head of the school).
 */
class ApproveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ApproveDialog(DocumentRegister register, DocumentRecord document, String director, Runnable onSaved) {
        setId("approve-dialog");
        setHeaderTitle(getTranslation("core.ui.documents.approveTitle", document.title()));
        setWidth("36em");
        TextField by = Forms.field(new TextField(), "approve-by", "core.ui.documents.approvedByLabel");
        if (director != null && !director.isBlank()) {
            by.setValue(getTranslation("core.ui.documents.approvedByDefault", director));
        }
        DatePicker on = Dates.picker("approve-date", "core.ui.documents.approvedOn");
        on.setValue(LocalDate.now());
        Dates.max(on, LocalDate.now());
        Map<String, HasValidation> fields = Map.of("approvedBy", by, "on", on, "approvedOn", on);
        add(Forms.form(by, on));
        getFooter().add(Forms.button("approve-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("approve-save", "core.ui.documents.approve", () -> {
                    Failures.clear(fields);
                    if (by.getValue().isBlank() || on.getValue() == null) {
                        Failures.required(by.getValue().isBlank() ? by : on);
                        return;
                    }
                    Failures.on(fields, () -> {
                        close();
                        onSaved.run();
                    }).run(() -> {
                        register.approve(document.id(), document.version(), by.getValue().strip(), on.getValue());
                        Notifications.success(getTranslation("core.ui.documents.wasApproved", document.title(),
                                Dates.format(on.getValue())));
                        close();
                        onSaved.run();
                    });
                }));
    }
}
