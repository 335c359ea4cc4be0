package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class ApprovalDeadlineRuleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 9, 30);
    private final ApprovalDeadlineRule rule = new ApprovalDeadlineRule();

    @Test
    void approvedOnOrBeforeTheDeadline() {
        assertTrue(rule.check(DEADLINE, 12L, DEADLINE).isEmpty());
        assertTrue(rule.check(DEADLINE, 12L, DEADLINE.minusDays(10)).isEmpty());
        assertTrue(rule.check(null, null, DEADLINE).isEmpty());
    }

    @Test
    void approvalAfterTheDeadlineIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(DEADLINE, 12L, DEADLINE.plusDays(1)));
        assertEquals("programmes.rule.deadline.missed", e.messageKey());
    }

    @Test
    void aDeadlineComesWithItsOrder() {
        assertEquals(List.of(Violation.of("deadlineOrderId", ApprovalDeadlineRule.NO_ORDER)),
                rule.check(DEADLINE, null, DEADLINE));
    }

    @Test
    void overdueForDuties() {
        assertFalse(ApprovalDeadlineRule.isOverdue(DEADLINE, null, DEADLINE));
        assertTrue(ApprovalDeadlineRule.isOverdue(DEADLINE, null, DEADLINE.plusDays(1)));
        assertFalse(ApprovalDeadlineRule.isOverdue(DEADLINE, DEADLINE, DEADLINE.plusDays(1)));
        assertFalse(ApprovalDeadlineRule.isOverdue(null, null, DEADLINE.plusDays(1)));
    }
}
