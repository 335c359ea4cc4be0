package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class CoordinatorAgreementRuleTest {

    private static final LocalDate AGREED = LocalDate.of(2027, 9, 20);
    private final CoordinatorAgreementRule rule = new CoordinatorAgreementRule();

    @Test
    void agreedThenApproved() {
        assertTrue(rule.check(4L, AGREED, AGREED).isEmpty());
        assertTrue(rule.check(4L, AGREED, AGREED.plusDays(2)).isEmpty());
    }

    @Test
    void noApprovalWithoutTheAgreement() {
        assertEquals(List.of(Violation.of("coordinatorId", CoordinatorAgreementRule.NO_COORDINATOR),
                Violation.of("coordinatorAgreedOn", CoordinatorAgreementRule.NO_DATE)),
                rule.check(null, null, AGREED));
    }

    @Test
    void approvalNotBeforeTheAgreement() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(4L, AGREED, AGREED.minusDays(1)));
        assertEquals("programmes.rule.coordinator.approvedBefore", e.messageKey());
        assertEquals("approvedOn", e.field());
    }
}
