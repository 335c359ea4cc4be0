package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * Signs the general conclusion on a day: the answers on the screen are written first, then the service signs and
 * concludes the record, or refuses with what is still missing (a problem without its state before or after, an
 * unanswered item). When the conclusion says the teacher needs another route, the new record it opened is shown.
 */
class SignDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient ConclusionForm form;
    private final DatePicker day = Dates.picker("ts-sign-date", "teachersupport.ui.conclusion.signedOn");

    SignDialog(RecordPage page, ConclusionForm form) {
        this.page = page;
        this.form = form;
        setId("ts-sign-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.conclusion.sign"));
        setWidth("32em");
        Dates.max(day, LocalDate.now());
        Dates.min(day, page.record().decidedOn());
        day.setValue(LocalDate.now());
        add(new Paragraph(getTranslation("teachersupport.ui.conclusion.sign.hint")), day);
        getFooter().add(Forms.button("ts-sign-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-sign-confirm", "teachersupport.ui.conclusion.sign", this::sign));
    }

    private void sign() {
        if (day.getValue() == null) {
            Failures.required(day);
            return;
        }
        Failures.clear(Map.of("signedOn", day));
        Conclusion written = form.write().orElse(null);
        if (written == null) {
            close();
            return;
        }
        boolean done = Failures.on(Map.of("signedOn", day), page.reload()).run(() -> {
            Conclusion signed = page.services().conclusion().sign(page.id(), written.version(), day.getValue());
            close();
            Notifications.success(getTranslation("teachersupport.ui.conclusion.signedDone"));
            if (signed.nextRecordId() != null) {
                Notifications.success(getTranslation("teachersupport.ui.conclusion.nextOpened"));
                UI.getCurrent().navigate(SupportTexts.recordHref(signed.nextRecordId()));
            } else {
                page.reload().run();
            }
        });
        if (!done && !day.isInvalid()) {
            // refused for what the conclusion lacks: the message stays, the page shows the answers just written
            close();
            page.reload().run();
        }
    }
}
