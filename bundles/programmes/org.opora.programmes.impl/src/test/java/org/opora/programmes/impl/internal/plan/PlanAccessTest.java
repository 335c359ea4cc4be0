package org.opora.programmes.impl.internal.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;

/** Caller reads, keeps and agrees an individual plan (regulation 001 sections 4.8 and 8). */
class PlanAccessTest {

    private static final long COORDINATOR = 3;

    @Test
    void theNamedCoordinatorAgreesAndNoOtherCoordinatorDoes() {
        IndividualPlanEntity plan = plan(COORDINATOR);
        assertTrue(PlanAccess.canAgree(who("deputy", COORDINATOR, ProgrammesPermissions.COORDINATE), plan));
        assertFalse(PlanAccess.canAgree(who("other", 4, ProgrammesPermissions.COORDINATE), plan));
        assertFalse(PlanAccess.canAgree(who("curator", COORDINATOR), plan));
    }

    @Test
    void anyCoordinatorAgreesAPlanNamingNone() {
        assertTrue(PlanAccess.canAgree(who("other", 4, ProgrammesPermissions.COORDINATE), plan(null)));
    }

    @Test
    void theDrafterKeepsAndCoordinatorsRead() {
        IndividualPlanEntity plan = plan(COORDINATOR);
        assertTrue(PlanAccess.canKeep(who("drafter", 9), plan));
        assertTrue(PlanAccess.canRead(who("other", 4, ProgrammesPermissions.COORDINATE), plan));
        assertFalse(PlanAccess.canKeep(who("other", 4, ProgrammesPermissions.COORDINATE), plan));
        assertFalse(PlanAccess.canRead(who("teacher", 7, ProgrammesPermissions.EXISTENCE), plan));
    }

    private static IndividualPlanEntity plan(Long coordinator) {
        IndividualPlanEntity p = new IndividualPlanEntity(1, "drafter", Instant.EPOCH);
        p.coordinator(coordinator, coordinator == null ? "" : "Coordinator C");
        return p;
    }

    private static Caller who(String login, long staffId, String... permissions) {
        return new Caller(new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ROOT),
                new StaffMember(staffId, new PersonName("S", "N", ""), "p", List.of(), login, "", "", true, 0),
                List.of());
    }
}
