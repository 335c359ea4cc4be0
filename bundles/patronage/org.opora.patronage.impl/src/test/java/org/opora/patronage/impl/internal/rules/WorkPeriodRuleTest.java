package org.opora.patronage.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class WorkPeriodRuleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    @Test
    void aRowOfOneDayEndsOnThatDay() {
        assertEquals(OPENED, WorkPeriodRule.check(OPENED, OPENED, null));
        assertEquals(OPENED.plusDays(9), WorkPeriodRule.check(OPENED, OPENED, OPENED.plusDays(9)));
    }

    @Test
    void aRowStartsWithinTheCaseAndItsPeriodRunsForward() {
        assertEquals("patronage.rule.beforeOpening", assertThrows(ValidationException.class,
                () -> WorkPeriodRule.check(OPENED, OPENED.minusDays(1), null)).messageKey());
        assertEquals("patronage.rule.periodReversed", assertThrows(ValidationException.class,
                () -> WorkPeriodRule.check(OPENED, OPENED.plusDays(2), OPENED.plusDays(1))).messageKey());
        assertEquals("core.error.required", assertThrows(ValidationException.class,
                () -> WorkPeriodRule.check(OPENED, null, null)).messageKey());
    }

    @Test
    void aRowIsOverdueTheDayAfterItsPeriodUntilItIsDone() {
        LocalDate to = OPENED.plusDays(9);
        assertFalse(WorkPeriodRule.overdue(to, null, to));
        assertTrue(WorkPeriodRule.overdue(to, null, to.plusDays(1)));
        assertFalse(WorkPeriodRule.overdue(to, to.plusDays(3), to.plusDays(5)));
    }
}
