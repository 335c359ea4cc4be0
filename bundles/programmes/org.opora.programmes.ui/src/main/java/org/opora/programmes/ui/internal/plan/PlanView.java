package org.opora.programmes.ui.internal.plan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.NotFoundException;
import org.opora.core.ui.kit.Failures;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.programmes.ui.internal.common.SchoolLists;
import org.opora.programmes.ui.internal.common.StepList;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.PdfDownload;

/**
 * One individual plan of regulation 001 ({@code programmes/plan/<id>}): the pupil, the basis and the period, the
 * parents informed of the right, their choices with the weekly hours against the curriculum, the deadline set by
 * order, the coordinator's agreement and the director's approval, the recorded steps and the printed plan. A user
 * who may not read the plan gets one sentence and nothing else.
 */
public class PlanView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    /** The printable form of the individual plan. */
    static final String PLAN_FORM = "programmes.plan";

    private final transient Services services;
    private long planId;

    /** The services the page calls. */
    public record Services(IndividualPlanService plans, ProgrammeSettingsService settings, DocumentService documents,
            SecurityContext security) {
    }

    public PlanView(Services services) {
        this.services = services;
        setId("plan");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        show(id);
    }

    /** Shows the plan with the id, or that there is none. */
    void show(Long id) {
        if (id == null) {
            message("plan-not-found", "programmes.ui.plan.notFound");
            return;
        }
        planId = id;
        load();
    }

    /** Reads the plan afresh and shows it. */
    void load() {
        IndividualPlan plan;
        try {
            plan = services.plans().get(planId);
        } catch (AccessDeniedException e) {
            message("plan-denied", "programmes.ui.plan.denied");
            return;
        } catch (NotFoundException e) {
            message("plan-not-found", "programmes.ui.plan.notFound");
            return;
        } catch (RuntimeException e) {
            removeAll();
            Failures.show(e);
            return;
        }
        removeAll();
        H2 title = new H2(getTranslation("programmes.ui.plan.title", plan.pupilName(), plan.className()));
        title.setId("plan-title");
        HorizontalLayout top = new HorizontalLayout(title, ProgrammeTexts.badge(plan.state(), "plan-state"),
                ProgrammeTexts.restricted());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Anchor pdf = pdf(plan);
        add(top, new PlanDetails(plan), new H4(getTranslation("programmes.ui.plan.choices")), new ChoicesGrid(plan,
                SchoolLists.read(services.settings(), UI.getCurrent().getLocale()).planChoiceKinds()),
                new PlanActions(services, plan, this::load), new H4(getTranslation("programmes.ui.lifecycle.steps")),
                new StepList("plan-steps", plan.steps()), pdf);
    }

    private void message(String id, String key) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        add(new H2(getTranslation("programmes.ui.plan.page")), ProgrammeTexts.restricted(), text);
    }

    private Anchor pdf(IndividualPlan plan) {
        Anchor pdf = PdfDownload.link(services.documents(), PLAN_FORM, String.valueOf(plan.id()),
                "plan-" + plan.id() + ".pdf", getTranslation("programmes.ui.plan.pdf"), UI.getCurrent().getLocale());
        pdf.setId("plan-pdf");
        return pdf;
    }
}
