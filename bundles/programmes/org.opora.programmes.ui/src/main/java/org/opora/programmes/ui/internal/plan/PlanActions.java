package org.opora.programmes.ui.internal.plan;

import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.opora.core.ui.kit.Forms;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.DateDialog;
import org.opora.platform.api.security.OporaUser;

/**
 * The steps of an individual plan the user may take now: the specialist records the plan discussed again with the
 * parents (001 section 4.5), the coordinator agrees it (4.8), the director approves it once agreed (4.8, 4.9). The
 * service checks each of them again, including the deadline.
 */
class PlanActions extends FlexLayout {

    private static final long serialVersionUID = 1L;

    PlanActions(PlanView.Services services, IndividualPlan plan, Runnable reload) {
        setId("plan-actions");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        OporaUser user = services.security().currentUser().orElse(null);
        if (user == null) {
            return;
        }
        IndividualPlanService plans = services.plans();
        if (plan.state() == ProgrammeState.DRAFT && user.has(ProgrammesPermissions.DRAFT)) {
            add(Forms.button("plan-discussed", "programmes.ui.lifecycle.discussed", () -> new DateDialog(
                    "programmes.ui.lifecycle.discussed", null,
                    on -> plans.discussedWithParents(plan.id(), plan.version(), on),
                    "programmes.ui.lifecycle.recorded", reload).open()));
        }
        boolean consented = plan.state() == ProgrammeState.CONSENT_GIVEN;
        if (consented && plan.agreement() == null && user.has(ProgrammesPermissions.COORDINATE)) {
            add(Forms.primary("plan-agree", "programmes.ui.plan.agree", () -> new DateDialog(
                    "programmes.ui.plan.agree", "programmes.ui.plan.agree.hint",
                    on -> plans.agree(plan.id(), plan.version(), on), "programmes.ui.lifecycle.recorded",
                    reload).open()));
        }
        if (consented && plan.agreement() != null && user.has(ProgrammesPermissions.APPROVE)) {
            add(Forms.primary("plan-approve", "programmes.ui.lifecycle.approve", () -> new DateDialog(
                    "programmes.ui.lifecycle.approve", null, on -> plans.approve(plan.id(), plan.version(), on),
                    "programmes.ui.lifecycle.approved", reload).open()));
        }
    }
}
