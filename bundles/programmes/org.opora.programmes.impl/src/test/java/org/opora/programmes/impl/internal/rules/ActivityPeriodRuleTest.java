package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.programmes.impl.internal.rules.ActivityPeriodRule.Activity;

class ActivityPeriodRuleTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 15);
    private static final LocalDate END = LocalDate.of(2027, 7, 14);
    private final ActivityPeriodRule rule = new ActivityPeriodRule();

    @Test
    void datesAndPeriodsWithinTheProgrammeIncludingItsEnds() {
        assertTrue(rule.checkAll(START, END, List.of(new Activity(1, START, null), new Activity(2, END, null),
                new Activity(3, START, END), new Activity(4, START.plusDays(3), START.plusDays(3)))).isEmpty());
    }

    @Test
    void outsideTheProgrammeIsRefused() {
        assertEquals(List.of(Violation.of("from", ActivityPeriodRule.OUTSIDE, 1)),
                rule.check(START, END, new Activity(1, START.minusDays(1), null)));
        assertEquals(List.of(Violation.of("to", ActivityPeriodRule.OUTSIDE, 2)),
                rule.check(START, END, new Activity(2, START, END.plusDays(1))));
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(START, END, List.of(new Activity(5, END.plusDays(1), null))));
        assertEquals("programmes.rule.activity.outside", e.messageKey());
        assertEquals(5, e.params()[0]);
    }

    @Test
    void aPeriodDoesNotEndBeforeItStarts() {
        assertEquals(List.of(Violation.of("to", ActivityPeriodRule.TO_BEFORE_FROM, 3)),
                rule.check(START, END, new Activity(3, START.plusDays(5), START.plusDays(4))));
    }

    @Test
    void anActivityHasADate() {
        assertEquals(List.of(Violation.of("from", ActivityPeriodRule.NO_DATE, 4)),
                rule.check(START, END, new Activity(4, null, END)));
    }
}
