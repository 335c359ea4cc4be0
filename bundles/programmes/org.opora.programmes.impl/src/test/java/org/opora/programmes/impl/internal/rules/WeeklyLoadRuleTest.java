package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class WeeklyLoadRuleTest {

    private final WeeklyLoadRule rule = new WeeklyLoadRule(Map.of(1, 21, 5, 29, 11, 34));

    @Test
    void withinTheMaximumIncludingItsLimit() {
        assertTrue(rule.check(5, 27, 2).isEmpty());
        assertTrue(rule.check(1, 20, 0.5).isEmpty());
    }

    @Test
    void aboveTheMaximumIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> rule.require(5, 27, 2.5));
        assertEquals("programmes.rule.load.exceeded", e.messageKey());
        assertEquals(List.of(29.5, 29, 5), List.of(e.params()));
    }

    @Test
    void anUnknownGradeHasNoLimit() {
        assertTrue(rule.check(7, 40, 10).isEmpty());
        assertTrue(rule.maxFor(7).isEmpty());
        assertEquals(34, rule.maxFor(11).getAsInt());
    }

    @Test
    void negativeHoursAreRefused() {
        assertEquals(List.of(Violation.of("addedHours", WeeklyLoadRule.NEGATIVE)), rule.check(5, 20, -1));
    }
}
