package org.opora.teachersupport.ui.internal.page;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;

/**
 * Writes the row of the conclusion's table for one problem (regulation 004, 5.4): the state of the problem before the
 * support and after it (both needed to sign), the method of diagnosing the results and the conclusions.
 */
class OutcomeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient ProblemOutcome outcome;
    private final TextArea before = Forms.field(new TextArea(), "ts-outcome-before", "teachersupport.ui.conclusion.before");
    private final TextArea after = Forms.field(new TextArea(), "ts-outcome-after", "teachersupport.ui.conclusion.after");
    private final TextArea method = Forms.field(new TextArea(), "ts-outcome-method", "teachersupport.ui.conclusion.method");
    private final TextArea conclusions = Forms.field(new TextArea(), "ts-outcome-conclusions",
            "teachersupport.ui.conclusion.conclusions");

    OutcomeDialog(RecordPage page, ProblemOutcome outcome) {
        this.page = page;
        this.outcome = outcome;
        setId("ts-outcome-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.conclusion.outcome.title", outcome.position()));
        setWidth("48em");
        Paragraph problem = new Paragraph(page.difficulty(outcome.difficultyType()) + ": " + outcome.problem());
        before.setValue(outcome.before());
        after.setValue(outcome.after());
        method.setValue(outcome.method());
        conclusions.setValue(outcome.conclusions());
        FormLayout form = Forms.form(before, after, method, conclusions);
        add(problem, form);
        getFooter().add(Forms.button("ts-outcome-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-outcome-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("before", before);
        m.put("after", after);
        m.put("method", method);
        m.put("conclusions", conclusions);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        OutcomeDraft draft = new OutcomeDraft(before.getValue(), after.getValue(), method.getValue(),
                conclusions.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().conclusion().saveOutcome(outcome.problemId(), outcome.version(), draft);
            Notifications.success(getTranslation("teachersupport.ui.conclusion.outcome.saved"));
            close();
            page.reload().run();
        });
    }
}
