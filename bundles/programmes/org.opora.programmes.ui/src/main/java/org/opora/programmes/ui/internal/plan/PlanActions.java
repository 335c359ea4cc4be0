package org.opora.programmes.ui.internal.plan;

import java.util.List;

import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.opora.core.kit.Forms;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ChainList;
import org.opora.programmes.ui.internal.common.ConsentDialog;
import org.opora.programmes.ui.internal.common.DateDialog;

/**
 * The steps of an individual plan the user may take now: the specialist records the parents' acquaintance with the
 * programme, the curriculum and the procedure (001 section 4.3), then the drafted plan discussed again
 * with the parents (001 section 4.5) and their consent or refusal, the coordinator agrees it (4.8), the roles of the
 * school's approval chain agree it further and approve it (by default the director, 4.8, 4.9), each offered to the
 * holder of the next step's role, naming the position and the person. A school without the variant of 001 is offered none. The service checks each
 * of them again, including the deadline.
 */
class PlanActions extends FlexLayout {

    private static final long serialVersionUID = 1L;

    /**
     * @param page  the plan page
     * @param chain the plan's approval chain as it stands
     */
    PlanActions(PlanPage page, List<ApprovalStep> chain) {
        setId("plan-actions");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        if (!page.enabled()) {
            return;
        }
        IndividualPlan plan = page.plan();
        IndividualPlanService plans = page.services().plans();
        ProgrammeState state = plan.state();
        boolean open = state == ProgrammeState.DRAFT || state == ProgrammeState.CONSENT_REFUSED;
        if (page.keeps() && open) {
            add(Forms.button("plan-acquaint", "programmes.ui.acquaintance.title",
                    () -> new AcquaintanceDialog(page).open()));
        }
        if (page.keeps() && page.drafted() && open) {
            add(Forms.button("plan-discussed", "programmes.ui.lifecycle.discussed", () -> new DateDialog(
                    "programmes.ui.lifecycle.discussed", "programmes.ui.iplan.discussed.hint",
                    on -> plans.discussedWithParents(plan.id(), plan.version(), on),
                    "programmes.ui.lifecycle.recorded", page.reload()).open()));
        }
        if (page.keeps() && state == ProgrammeState.DISCUSSED_WITH_PARENTS) {
            add(Forms.primary("plan-consent", "programmes.ui.lifecycle.consent", () -> new ConsentDialog(
                    page.services().pupils(), plan.pupilId(), c -> plans.recordConsent(plan.id(), plan.version(), c),
                    page.reload()).open()));
        }
        boolean consented = state == ProgrammeState.CONSENT_GIVEN;
        if (page.awaitsAgreement() && page.agrees()) {
            add(Forms.primary("plan-agree", "programmes.ui.plan.agree", () -> new DateDialog(
                    "programmes.ui.plan.agree", "programmes.ui.plan.agree.hint",
                    on -> plans.agree(plan.id(), plan.version(), on), "programmes.ui.lifecycle.recorded",
                    page.reload()).open()));
        }
        ApprovalStep next = ChainList.next(chain).orElse(null);
        if (consented && plan.agreement() != null && next != null && ChainList.takes(page.user(), next)) {
            String person = page.user().displayName();
            if (next.kind() == ChainStep.Kind.AGREE) {
                add(Forms.primary("plan-agree-chain", "programmes.ui.lifecycle.agree", () -> new DateDialog(
                        "programmes.ui.lifecycle.agree", null,
                        on -> plans.agreeInChain(plan.id(), plan.version(), on), "programmes.ui.lifecycle.agreed",
                        page.reload()).hint(getTranslation("programmes.ui.plan.agreeInChain.person",
                                next.position(), person)).open()));
            } else {
                add(Forms.primary("plan-approve", "programmes.ui.lifecycle.approve", () -> new DateDialog(
                        "programmes.ui.lifecycle.approve", null, on -> plans.approve(plan.id(), plan.version(), on),
                        "programmes.ui.lifecycle.approved", page.reload()).hint(getTranslation(
                                "programmes.ui.plan.approve.person", next.position(), person)).open()));
            }
        }
    }
}
