package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.ValidationException;

class ReferralFlowTest {

    @Test
    void theWayOfAReferral() {
        assertTrue(ReferralFlow.allowed(ReferralStatus.FILED, ReferralStatus.CONFIRMED));
        assertTrue(ReferralFlow.allowed(ReferralStatus.FILED, ReferralStatus.NOT_CONFIRMED));
        assertTrue(ReferralFlow.allowed(ReferralStatus.CONFIRMED, ReferralStatus.SCHEDULED));
        assertTrue(ReferralFlow.allowed(ReferralStatus.SCHEDULED, ReferralStatus.CONFIRMED));
        assertTrue(ReferralFlow.allowed(ReferralStatus.SCHEDULED, ReferralStatus.DISCUSSED));
        assertFalse(ReferralFlow.allowed(ReferralStatus.NOT_CONFIRMED, ReferralStatus.SCHEDULED));
        assertFalse(ReferralFlow.allowed(ReferralStatus.CONFIRMED, ReferralStatus.DISCUSSED));
        assertFalse(ReferralFlow.allowed(ReferralStatus.DISCUSSED, ReferralStatus.CONFIRMED));
    }

    @Test
    void withdrawnOnlyBeforeTheExamination() {
        assertDoesNotThrow(() -> ReferralFlow.require(ReferralStatus.FILED, ReferralStatus.WITHDRAWN));
        assertEquals("consilium.error.referral.notWithdrawable", assertThrows(ValidationException.class,
                () -> ReferralFlow.require(ReferralStatus.CONFIRMED, ReferralStatus.WITHDRAWN)).messageKey());
        assertEquals("consilium.error.referral.notAwaitingExamination", assertThrows(ValidationException.class,
                () -> ReferralFlow.require(ReferralStatus.WITHDRAWN, ReferralStatus.CONFIRMED)).messageKey());
        assertEquals("consilium.error.referral.notConfirmed", assertThrows(ValidationException.class,
                () -> ReferralFlow.require(ReferralStatus.NOT_CONFIRMED, ReferralStatus.SCHEDULED)).messageKey());
    }

    @Test
    void theTeacherDoesNotSeeTheConclusion() {
        assertEquals(ReferralStatus.CONFIRMED, ReferralFlow.examined(true));
        assertEquals(ReferralStatus.NOT_CONFIRMED, ReferralFlow.examined(false));
        assertEquals(ReferralStatus.CONFIRMED, ReferralFlow.shownAs(ReferralStatus.NOT_CONFIRMED, false));
        assertEquals(ReferralStatus.NOT_CONFIRMED, ReferralFlow.shownAs(ReferralStatus.NOT_CONFIRMED, true));
        assertEquals(ReferralStatus.SCHEDULED, ReferralFlow.shownAs(ReferralStatus.SCHEDULED, false));
    }

    @Test
    void visibilityOfReferrals() {
        ReferralVisibility teacher = new ReferralVisibility(false, "teacher", false, false, false, false);
        assertTrue(teacher.sees("teacher"));
        assertFalse(teacher.sees("other"));
        assertFalse(teacher.findings());
        ReferralVisibility deputy = new ReferralVisibility(false, "deputy", true, false, false, false);
        assertTrue(deputy.sees("teacher"));
        assertFalse(deputy.findings());
        assertTrue(new ReferralVisibility(false, "psy", false, true, false, false).findings());
        assertTrue(new ReferralVisibility(false, "socped", false, false, false, true).findings());
        assertTrue(new ReferralVisibility(true, "system", false, false, false, false).sees("x"));
    }
}
