package org.opora.programmes.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import org.opora.core.kit.Dates;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;

/**
 * What the individual plan says, read-only: the pupil, the basis, the period, the coordinator, the day the parents
 * were informed of the right (001 section 4.1), their acquaintance with the programme, the curriculum and the
 * procedure (4.3), the approval deadline with its order (4.9), the coordinator's
 * agreement (4.8) and the approval.
 */
class PlanDetails extends FormLayout {

    private static final long serialVersionUID = 1L;

    /** @param basisLabel the label of the status the plan is based on */
    PlanDetails(IndividualPlan p, UnaryOperator<String> basisLabel) {
        setId("plan-info");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        fact("pupil", p.pupilName(), "programmes.ui.form.pupil");
        fact("class", p.className(), "programmes.ui.form.class");
        fact("basis", basisLabel.apply(p.basis()), "programmes.ui.plans.basis");
        fact("period", ProgrammeTexts.period(p.start(), p.end()), "programmes.ui.plans.period");
        fact("coordinator", p.coordinatorName().isEmpty() || p.coordinatorOrder().isEmpty() ? p.coordinatorName()
                : getTranslation("programmes.ui.plan.coordinatorByOrder", p.coordinatorName(), p.coordinatorOrder(),
                        p.coordinatorOrderDate() == null ? "" : Dates.format(p.coordinatorOrderDate())),
                "programmes.ui.plan.coordinator");
        fact("informed", informed(p.informed()), "programmes.ui.plan.informed");
        fact("acquaintance", acquaintance(p.acquaintance()), "programmes.ui.acquaintance.title");
        fact("deadline", p.deadline() == null ? "" : p.deadlineOrder().isEmpty() ? Dates.format(p.deadline())
                : getTranslation("programmes.ui.plan.deadlineByOrder", Dates.format(p.deadline()), p.deadlineOrder()),
                "programmes.ui.plan.deadline");
        fact("agreement", step(p.agreement()), "programmes.ui.plan.agreement");
        fact("approval", step(p.steps().stream().filter(s -> "APPROVED".equals(s.kind())).reduce((a, b) -> b)
                .orElse(null)), "programmes.ui.plan.approval");
    }

    /** The day, the parent and what they were acquainted with (001 section 4.3); a dash before it is recorded. */
    private String acquaintance(Acquaintance a) {
        if (a == null) {
            return "";
        }
        List<String> items = new ArrayList<>();
        if (a.programme()) {
            items.add(getTranslation("programmes.ui.acquaintance.programme"));
        }
        if (a.curriculum()) {
            items.add(getTranslation("programmes.ui.acquaintance.curriculum"));
        }
        if (a.procedure()) {
            items.add(getTranslation("programmes.ui.acquaintance.procedure"));
        }
        return getTranslation("programmes.ui.acquaintance.shown", Dates.format(a.on()), a.representative(),
                String.join("; ", items));
    }

    /** "12.09.2026, Smirnova E. V."; a dash for a step not taken. */
    private String step(Step s) {
        return s == null ? "" : getTranslation("programmes.ui.plan.stepOn", Dates.format(s.date()), s.byName());
    }

    /** The day, who informed and the parent informed (kept as the step's note). */
    private String informed(Step s) {
        return s == null || s.note().isEmpty() ? step(s)
                : getTranslation("programmes.ui.iplan.informedWhom", Dates.format(s.date()), s.byName(), s.note());
    }

    private void fact(String name, String value, String labelKey) {
        Span text = new Span(ProgrammeTexts.dash(value));
        text.setId("plan-info-" + name);
        addFormItem(text, getTranslation(labelKey));
    }
}
