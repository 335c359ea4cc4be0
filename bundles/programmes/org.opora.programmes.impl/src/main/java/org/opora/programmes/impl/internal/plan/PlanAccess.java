package org.opora.programmes.impl.internal.plan;

import org.opora.core.support.Caller;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;

/**
 * Who may do what with one individual plan (regulation 001). The plan is read by the system, holders of
 * {@code programmes.read-all} or {@code programmes.coordinate} (the coordinator controls the plans, section 8),
 * its coordinator and whoever drafted it; it is kept by its drafter and its coordinator; it is agreed by a holder
 * of {@code programmes.coordinate} who is its coordinator, or by any such holder while it names none.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    static boolean canRead(Caller who, IndividualPlanEntity p) {
        return who.isSystem() || who.allows(ProgrammesPermissions.READ_ALL)
                || who.allows(ProgrammesPermissions.COORDINATE) || canKeep(who, p);
    }

    static boolean canKeep(Caller who, IndividualPlanEntity p) {
        return who.isSystem() || who.is(p.getCoordinatorId()) || who.login().equals(p.getCreatedBy());
    }

    /**
     * Who carries out the approved plan (001 §8.3.2): its coordinator, or while it names none a holder of
     * {@code programmes.coordinate}.
     */
    static boolean canCarryOut(Caller who, IndividualPlanEntity p) {
        if (who.isSystem()) {
            return true;
        }
        return p.getCoordinatorId() == null ? who.allows(ProgrammesPermissions.COORDINATE)
                : who.is(p.getCoordinatorId());
    }

    static boolean canAgree(Caller who, IndividualPlanEntity p) {
        if (who.isSystem()) {
            return true;
        }
        return who.allows(ProgrammesPermissions.COORDINATE) && who.staffId() != null
                && (p.getCoordinatorId() == null || who.is(p.getCoordinatorId()));
    }
}
