package org.opora.programmes.ui.internal.plan;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.DateDialog;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;

/**
 * Carrying out the approved plan (001 section 8.3.2): when it was started, its results and, once closed, the
 * coordinator's analysis. Starting, recording the results and closing with the analysis are offered only
 * to who may take them (the plan's coordinator, as the service says); anyone else reading an approved plan is told who
 * carries it out.
 */
class CarryingOutPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The longest results and analysis the service keeps. */
    static final int TEXT = 4000;

    /**
     * @param page      the plan page
     * @param carriesOut whether the user may carry out the plan
     */
    CarryingOutPanel(PlanPage page, boolean carriesOut) {
        setId("plan-carrying-out");
        setPadding(false);
        IndividualPlan plan = page.plan();
        ProgrammeState state = plan.state();
        boolean approved = state == ProgrammeState.APPROVED || state == ProgrammeState.IN_PROGRESS
                || plan.closed() != null;
        if (!approved) {
            return;
        }
        add(new H4(getTranslation("programmes.ui.carrying.title")));
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fact(facts, "started", step(plan.started()), "programmes.ui.carrying.started");
        Step results = plan.results();
        fact(facts, "results", results == null ? "" : getTranslation("programmes.ui.carrying.textBy",
                results.note(), step(results)), "programmes.ui.carrying.results");
        Step closed = plan.closed();
        if (closed != null) {
            fact(facts, "analysis", closed.note(), "programmes.ui.carrying.analysis");
            fact(facts, "closed", step(closed), "programmes.ui.carrying.closed");
        }
        add(facts);
        if (!page.enabled() || state.isFinal()) {
            return;
        }
        if (!carriesOut) {
            Paragraph who = new Paragraph(getTranslation("programmes.ui.carrying.notYours",
                    ProgrammeTexts.dash(plan.coordinatorName())));
            who.setId("plan-carrying-not-yours");
            add(who);
            return;
        }
        IndividualPlanService plans = page.services().plans();
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        if (state == ProgrammeState.APPROVED) {
            buttons.add(Forms.primary("plan-start", "programmes.ui.carrying.start", () -> new DateDialog(
                    "programmes.ui.carrying.start", "programmes.ui.carrying.start.hint",
                    on -> plans.start(plan.id(), plan.version(), on), "programmes.ui.lifecycle.recorded",
                    page.reload()).open()));
        }
        if (state == ProgrammeState.IN_PROGRESS) {
            buttons.add(Forms.button("plan-results", "programmes.ui.carrying.recordResults",
                    () -> new ResultsDialog(page).open()));
            buttons.add(Forms.primary("plan-close", "programmes.ui.carrying.close", () -> new DateDialog(
                    "programmes.ui.carrying.close", "programmes.ui.carrying.close.hint", on -> { },
                    "programmes.ui.carrying.closedDone", page.reload()).note("programmes.ui.carrying.analysis",
                            "programmes.ui.carrying.analysis.help", TEXT,
                            (on, analysis) -> plans.close(plan.id(), plan.version(), on, analysis)).open()));
        }
        add(buttons);
    }

    private String step(Step s) {
        return s == null ? "" : getTranslation("programmes.ui.plan.stepOn", Dates.format(s.date()), s.byName());
    }

    private void fact(FormLayout facts, String name, String value, String labelKey) {
        Span text = new Span(ProgrammeTexts.dash(value));
        text.setId("plan-carrying-" + name);
        text.getStyle().set("white-space", "pre-line");
        facts.addFormItem(text, getTranslation(labelKey));
    }
}
