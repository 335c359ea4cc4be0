package org.opora.programmes.ui.internal.plan;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.programmes.ui.internal.common.SchoolLists;
import org.opora.programmes.ui.internal.common.ChainList;
import org.opora.programmes.ui.internal.common.StepList;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.PdfDownload;

/**
 * One individual plan of regulation 001 ({@code programmes/plan/<id>}): the pupil, the basis and the period, the
 * parents informed of the right, their choices with the weekly hours against the curriculum, the deadline set by
 * order, the coordinator's agreement and the director's approval, the recorded steps and the printed plan. The
 * specialist drafts and edits the plan here while it is open, the coordinator changes it by order after approval.
 * A user who may not read the plan gets one sentence and nothing else.
 */
public class PlanView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    /** The printable form of the individual plan. */
    static final String PLAN_FORM = "programmes.plan";

    private final transient Services services;
    private long planId;

    /** The services the page calls. */
    public record Services(IndividualPlanService plans, ProgrammeSettingsService settings, PupilService pupils,
            StaffService staff, OrderService orders, ReferenceLists coreLists, DocumentService documents,
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
        PlanPage page = new PlanPage(services, plan, services.security().currentUser().orElse(null),
                SchoolLists.read(services.settings(), UI.getCurrent().getLocale()),
                !plan.state().isFinal() && services.plans().mayKeep(plan.id()), agreer(plan), this::load);
        H2 title = new H2(getTranslation("programmes.ui.plan.title", plan.pupilName(), plan.className()));
        title.setId("plan-title");
        HorizontalLayout top = new HorizontalLayout(title, ProgrammeTexts.badge(plan.state(), "plan-state"),
                ProgrammeTexts.restricted());
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<ApprovalStep> chain = services.plans().approvals(plan.id());
        List<Consultation> consultations = services.plans().consultations(plan.id());
        boolean keeps = page.enabled() && page.keeper();
        boolean carriesOut = page.enabled() && plan.state().approved() && !plan.state().isFinal()
                && services.plans().mayCarryOut(plan.id());
        add(top, new PlanDetails(plan, this::basisLabel), content(page), new PlanActions(page, chain),
                new ConsultationsPanel(page, consultations, keeps), new CarryingOutPanel(page, carriesOut),
                new H4(getTranslation("programmes.ui.lifecycle.steps")), new StepList("plan-steps", plan.steps()),
                new ChainList("plan-chain", chain), pdf(plan));
    }

    /**
     * The plan's content: the form while it is being drafted or may be saved in place; otherwise the choices read
     * only, with the change by order offered to the coordinator once it is approved.
     */
    private Component content(PlanPage page) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (!page.drafted()) {
            Paragraph undrafted = new Paragraph(getTranslation("programmes.ui.iplan.notDrafted"));
            undrafted.setId("plan-not-drafted");
            box.add(undrafted);
            if (page.keeps()) {
                box.add(new PlanForm(page, PlanForm.Mode.CREATE));
            } else {
                notYours(page, box);
            }
            return box;
        }
        if (page.open() && !page.keeps()) {
            notYours(page, box);
        }
        if (page.coordinates() && !page.agrees() && (page.awaitsAgreement() || page.inForce())) {
            notTheCoordinator(page, box);
        }
        if (page.editable()) {
            box.add(new PlanForm(page, PlanForm.Mode.EDIT));
            return box;
        }
        box.add(new H4(getTranslation("programmes.ui.plan.choices")),
                new ChoicesGrid(page.plan(), page.lists().planChoiceKinds()));
        if (page.changeable()) {
            Button change = Forms.button("plan-change", "programmes.ui.iplan.change", () -> { });
            change.addClickListener(e -> {
                box.removeAll();
                box.add(new PlanForm(page, PlanForm.Mode.CHANGE));
            });
            box.add(change);
        }
        return box;
    }

    /**
     * Tells a specialist who drafts plans, but may not write this one, who keeps it — instead of a form the service
     * would refuse.
     */
    private void notYours(PlanPage page, VerticalLayout box) {
        if (!page.drafts()) {
            return;
        }
        String coordinator = page.plan().coordinatorName();
        Paragraph text = new Paragraph(coordinator.isEmpty() ? getTranslation("programmes.ui.plan.notYoursNoCoordinator")
                : getTranslation("programmes.ui.plan.notYours", coordinator));
        text.setId("plan-not-yours");
        box.add(text);
    }

    /**
     * Whether the service lets the user give the coordinator's agreement and change the plan — asked only while the
     * plan waits for the agreement or is in force.
     */
    private boolean agreer(IndividualPlan plan) {
        ProgrammeState s = plan.state();
        boolean asked = s == ProgrammeState.CONSENT_GIVEN && plan.agreement() == null || s.approved() && s.active();
        return asked && services.plans().mayAgree(plan.id());
    }

    /**
     * Tells a coordinator who is not this plan's coordinator whose agreement it needs and who changes it — instead of
     * buttons the service would refuse.
     */
    private void notTheCoordinator(PlanPage page, VerticalLayout box) {
        String coordinator = page.plan().coordinatorName();
        Paragraph text = new Paragraph(coordinator.isEmpty()
                ? getTranslation("programmes.ui.plan.notCoordinatorNoStaff")
                : getTranslation("programmes.ui.plan.notCoordinator", coordinator));
        text.setId("plan-not-coordinator");
        box.add(text);
    }

    /** The label of the pupil's status the plan is based on, as the core names it. */
    private String basisLabel(String code) {
        Locale locale = UI.getCurrent().getLocale();
        return code == null || code.isEmpty() ? ""
                : Failures.read(() -> services.coreLists().label(ReferenceList.PUPIL_FLAGS, code, locale), code);
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
