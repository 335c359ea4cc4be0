package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParentsInformedRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 9, 10);
    private final ParentsInformedRule rule = new ParentsInformedRule();

    @Test
    void informedBeforeTheDraft() {
        assertTrue(rule.check(TODAY.minusDays(5), TODAY, TODAY).isEmpty());
        assertTrue(rule.check(TODAY, TODAY, TODAY).isEmpty());
        assertTrue(rule.check(TODAY, null, TODAY).isEmpty());
    }

    @Test
    void theDayIsRequiredAndNotInTheFuture() {
        assertEquals(List.of(Violation.of("parentsInformedOn", ParentsInformedRule.MISSING)),
                rule.check(null, TODAY, TODAY));
        assertEquals(List.of(Violation.of("parentsInformedOn", ParentsInformedRule.FUTURE)),
                rule.check(TODAY.plusDays(1), null, TODAY));
    }

    @Test
    void informedAfterTheDraftIsRefused() {
        assertEquals(List.of(Violation.of("parentsInformedOn", ParentsInformedRule.AFTER_DRAFT)),
                rule.check(TODAY, TODAY.minusDays(1), TODAY));
    }
}
