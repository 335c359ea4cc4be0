package org.opora.programmes.ui.internal.plan;

import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.common.SchoolLists;
import org.opora.platform.api.security.OporaUser;

/**
 * What the plan page read once for its parts: the plan, the signed-in user, the school's settings, and how to read
 * everything afresh after a change. Its answers only decide which inputs and buttons the page offers; the service
 * checks each step again (who keeps the plan, the lifecycle, the rules of 001).
 *
 * @param services the services the parts call
 * @param plan     the plan
 * @param user     the signed-in user, or {@code null}
 * @param lists    the school's settings and configured lists in the user's language
 * @param keeper   whether the service lets the user keep this plan (its coordinator, who drafted it)
 * @param agreer   whether the service lets the user give the coordinator's agreement and change the approved plan
 *                 (its coordinator; any coordinator while it names none)
 * @param reload   reads the page afresh
 */
record PlanPage(PlanView.Services services, IndividualPlan plan, OporaUser user, SchoolLists lists, boolean keeper,
        boolean agreer, Runnable reload) {

    /** Whether the school keeps individual plans at all; without the variant the page only shows. */
    boolean enabled() {
        return lists.settings().individualPlansEnabled();
    }

    /** Whether the plan has been drafted, not only opened by informing the parents (001 sections 4.1, 4.2). */
    boolean drafted() {
        return plan.start() != null;
    }

    /** Whether the user drafts plans (specialists, the head of the service) in a school that keeps them. */
    boolean drafts() {
        return enabled() && has(ProgrammesPermissions.DRAFT);
    }

    /**
     * Whether the user keeps this plan: drafts plans and is its coordinator or the specialist who drafted it. Another
     * specialist reads it only, and is told who keeps it.
     */
    boolean keeps() {
        return drafts() && keeper;
    }

    /** Whether the plan is before approval or was refused by the parents: its content is still written in place. */
    boolean open() {
        ProgrammeState s = plan.state();
        return s == ProgrammeState.DRAFT || s == ProgrammeState.DISCUSSED_WITH_PARENTS
                || s == ProgrammeState.CONSENT_REFUSED;
    }

    /** Whether the content may be written in place now by the user. */
    boolean editable() {
        return keeps() && open();
    }

    /**
     * Whether the approved plan may be changed (001 section 4.11): by the coordinator, whose agreement the change
     * needs, while the plan is in force.
     */
    boolean changeable() {
        return agrees() && inForce();
    }

    /** Whether the user coordinates plans in a school that keeps them. */
    boolean coordinates() {
        return enabled() && has(ProgrammesPermissions.COORDINATE);
    }

    /**
     * Whether the user gives the coordinator's agreement to this plan (001 section 4.8) and changes it once approved:
     * its coordinator. Another coordinator reads it only, and is told whose agreement it is.
     */
    boolean agrees() {
        return coordinates() && agreer;
    }

    /** Whether the parents consented and the coordinator's agreement is still to be given. */
    boolean awaitsAgreement() {
        return plan.state() == ProgrammeState.CONSENT_GIVEN && plan.agreement() == null;
    }

    /** Whether the plan is approved and in force (it may be changed by order). */
    boolean inForce() {
        ProgrammeState s = plan.state();
        return s.approved() && s.active();
    }

    boolean has(String permission) {
        return user != null && user.has(permission);
    }
}
