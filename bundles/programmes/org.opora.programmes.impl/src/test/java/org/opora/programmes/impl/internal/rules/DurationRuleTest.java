package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class DurationRuleTest {

    private static final Set<String> HIGH = Set.of("high-suicide-risk", "incomplete-suicide");
    private static final Set<String> DIFFICULT = Set.of("especially-difficult");
    private static final LocalDate START = LocalDate.of(2027, 1, 15);

    private final DurationRule rule = new DurationRule(3, 6, HIGH, 24, DIFFICULT);

    @Test
    void exactlyThreeMonthsEndInclusive() {
        assertTrue(rule.check(START, LocalDate.of(2027, 4, 14), "standard", null).isEmpty());
        assertDoesNotThrow(() -> rule.require(START, LocalDate.of(2027, 4, 14), null, null));
    }

    @Test
    void oneDayShortOfThreeMonthsIsRefused() {
        List<Violation> v = rule.check(START, LocalDate.of(2027, 4, 13), "standard", null);
        assertEquals(List.of(Violation.of("endDate", DurationRule.MIN, 3)), v);
    }

    @Test
    void twoMonthProgrammeIsRefusedCitingTheThreeMonthClause() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(START, LocalDate.of(2027, 3, 14), "standard", null));
        assertEquals("programmes.rule.duration.min", e.messageKey());
        assertEquals("endDate", e.field());
        assertEquals(List.of(3), List.of(e.params()));
    }

    @Test
    void highRiskNeedsSixMonths() {
        assertTrue(rule.check(START, LocalDate.of(2027, 7, 14), "high-suicide-risk", null).isEmpty());
        assertEquals(List.of(Violation.of("endDate", DurationRule.HIGH_RISK, 6)),
                rule.check(START, LocalDate.of(2027, 7, 13), "incomplete-suicide", null));
    }

    @Test
    void highRiskWithThreeMonthsCitesTheSixMonthClause() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(START, LocalDate.of(2027, 4, 14), "high-suicide-risk", null));
        assertEquals("programmes.rule.duration.highRisk", e.messageKey());
        assertEquals(6, e.params()[0]);
    }

    @Test
    void highRiskWithTwoMonthsStillCitesTheLongestClause() {
        assertEquals(DurationRule.HIGH_RISK,
                rule.check(START, LocalDate.of(2027, 3, 14), "high-suicide-risk", null).get(0).messageKey());
    }

    @Test
    void especiallyDifficultNeedsTwoYears() {
        assertTrue(rule.check(START, LocalDate.of(2029, 1, 14), "especially-difficult", null).isEmpty());
        assertEquals(List.of(Violation.of("endDate", DurationRule.ESPECIALLY_DIFFICULT, 24)),
                rule.check(START, LocalDate.of(2029, 1, 13), "especially-difficult", null));
    }

    @Test
    void especiallyDifficultUntilGraduationIsTheWholeSchooling() {
        LocalDate graduation = LocalDate.of(2028, 6, 30);
        assertTrue(rule.check(START, graduation, "especially-difficult", graduation).isEmpty());
        assertTrue(rule.check(START, graduation.plusDays(1), "especially-difficult", graduation).isEmpty());
        assertEquals(DurationRule.ESPECIALLY_DIFFICULT,
                rule.check(START, graduation.minusDays(1), "especially-difficult", graduation).get(0).messageKey());
    }

    @Test
    void untilGraduationStillKeepsTheGeneralMinimum() {
        LocalDate graduation = LocalDate.of(2027, 3, 31);
        assertEquals(DurationRule.MIN,
                rule.check(START, graduation, "especially-difficult", graduation).get(0).messageKey());
    }

    @Test
    void aConfiguredMinimumOfFourApplies() {
        DurationRule four = new DurationRule(4, 6, HIGH, 24, DIFFICULT);
        assertEquals(List.of(Violation.of("endDate", DurationRule.MIN, 4)),
                four.check(START, LocalDate.of(2027, 4, 14), "standard", null));
        assertTrue(four.check(START, LocalDate.of(2027, 5, 14), "standard", null).isEmpty());
    }

    @Test
    void endBeforeStartIsItsOwnViolation() {
        assertEquals(List.of(Violation.of("endDate", DurationRule.END_BEFORE_START)),
                rule.check(START, START.minusDays(1), "standard", null));
    }

    @Test
    void bothDatesAreRequired() {
        assertEquals(List.of(Violation.of("startDate", DurationRule.START), Violation.of("endDate", DurationRule.END)),
                rule.check(null, null, "standard", null));
    }

    @Test
    void unknownOrMissingCategoryHasTheGeneralMinimum() {
        assertEquals(3, rule.minimumMonths(null));
        assertEquals(3, rule.minimumMonths("something-else"));
        assertEquals(6, rule.minimumMonths("incomplete-suicide"));
        assertEquals(24, rule.minimumMonths("especially-difficult"));
        assertEquals(LocalDate.of(2027, 4, 14), DurationRule.earliestEnd(START, 3));
    }

    @Test
    void theEndOfAShortMonthCounts() {
        assertTrue(DurationRule.lastsAtLeast(LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 28), 3));
        assertTrue(DurationRule.lastsAtLeast(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), 3));
        assertEquals(false, DurationRule.lastsAtLeast(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 30), 3));
    }
}
