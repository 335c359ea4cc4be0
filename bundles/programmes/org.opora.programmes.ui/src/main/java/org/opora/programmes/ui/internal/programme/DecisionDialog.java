package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * Records the consilium's decision on the reviewed programme, citing its protocol (number and date): close it with
 * the result in words, or extend it to a new last day, which starts a new revision that opens at once.
 */
class DecisionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextField number = Forms.field(new TextField(), "decision-number", "programmes.ui.decision.number");
    private final DatePicker date = Dates.picker("decision-date", "programmes.ui.decision.date");
    private final TextArea result = Forms.field(new TextArea(), "decision-result", "programmes.ui.decision.result");
    private final DatePicker newEnd = Dates.picker("decision-end", "programmes.ui.decision.newEnd");

    /** @param extend {@code true} to extend, {@code false} to close */
    DecisionDialog(ProgrammePage page, boolean extend) {
        Programme p = page.programme();
        setId("decision-dialog");
        setHeaderTitle(getTranslation(extend ? "programmes.ui.lifecycle.extend" : "programmes.ui.lifecycle.close"));
        setWidth("40em");
        Dates.max(date, LocalDate.now());
        result.setWidthFull();
        if (p.end() != null) {
            Dates.min(newEnd, p.end().plusDays(1));
        }
        add(Forms.form(number, date), extend ? newEnd : result);
        getFooter().add(Forms.button("decision-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("decision-save", extend ? "programmes.ui.lifecycle.extend"
                        : "programmes.ui.lifecycle.close", () -> save(page, extend)));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("decision", number);
        m.put("protocolNumber", number);
        m.put("protocolDate", date);
        m.put("result", result);
        m.put("newEnd", newEnd);
        m.put("end", newEnd);
        m.put("endDate", newEnd);
        return m;
    }

    private void save(ProgrammePage page, boolean extend) {
        Failures.clear(fields());
        HasValidation missing = number.getValue().isBlank() ? number : date.getValue() == null ? date
                : extend && newEnd.getValue() == null ? newEnd
                : !extend && result.getValue().isBlank() ? result : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Programme p = page.programme();
        ProtocolCitation decision = ProtocolCitation.typed(number.getValue().strip(), date.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (extend) {
                Programme next = page.services().lifecycle().extend(p.id(), p.version(), decision,
                        newEnd.getValue());
                Notifications.success(getTranslation("programmes.ui.lifecycle.extended", next.revision()));
                close();
                UI.getCurrent().navigate(ProgrammeTexts.programmeHref(next.id()));
            } else {
                page.services().lifecycle().close(p.id(), p.version(), decision, result.getValue().strip());
                Notifications.success(getTranslation("programmes.ui.lifecycle.closed"));
                close();
                page.reload().run();
            }
        });
    }
}
