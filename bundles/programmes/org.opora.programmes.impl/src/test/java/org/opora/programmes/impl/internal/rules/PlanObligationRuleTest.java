package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.programmes.impl.internal.rules.PlanObligationRule.Candidate;
import org.opora.programmes.impl.internal.rules.PlanObligationRule.PlanDates;

class PlanObligationRuleTest {

    private static final AcademicYear YEAR = new AcademicYear(2026);

    private final PlanObligationRule rule = new PlanObligationRule(List.of("ovz", "disabled", "gifted"));

    @Test
    void aPlanBelongsToTheYearItsPeriodMeetsOrUndraftedTheYearItWasOpened() {
        assertTrue(PlanObligationRule.ofYear(new PlanDates(1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 9, 1),
                null), YEAR), "ends on the year's first day");
        assertFalse(PlanObligationRule.ofYear(new PlanDates(1, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31),
                LocalDate.of(2025, 9, 1)), YEAR), "last year's plan");
        assertTrue(PlanObligationRule.ofYear(new PlanDates(1, null, null, LocalDate.of(2026, 10, 2)), YEAR));
        assertFalse(PlanObligationRule.ofYear(new PlanDates(1, null, null, LocalDate.of(2026, 8, 31)), YEAR));
    }

    @Test
    void eachPupilWithoutAPlanOfTheYearOnceByTheFirstFlagOfTheSettingByClassAndName() {
        List<Candidate> found = List.of(new Candidate(1, "Petrov P. P.", "9A", "gifted"),
                new Candidate(1, "Petrov P. P.", "9A", "ovz"), new Candidate(2, "Ivanov I. I.", "3A", "disabled"),
                new Candidate(3, "Sidorov S. S.", "3A", "ovz"), new Candidate(4, "Orlov O. O.", "5B", "at-risk"),
                new Candidate(5, "Abramov A. A.", "10A", "ovz"));
        List<PlanDates> plans = List.of(new PlanDates(3, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), null),
                new PlanDates(2, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31), null));

        assertEquals(List.of(new Candidate(2, "Ivanov I. I.", "3A", "disabled"),
                new Candidate(1, "Petrov P. P.", "9A", "ovz"), new Candidate(5, "Abramov A. A.", "10A", "ovz")),
                rule.missing(found, plans, YEAR), "3A before 10A");
    }

    @Test
    void anEmptySettingObligesNobody() {
        assertEquals(List.of(), new PlanObligationRule(List.of()).missing(
                List.of(new Candidate(1, "Petrov P. P.", "9A", "ovz")), List.of(), YEAR));
        assertEquals("programmes.rule.plan.obligatory", PlanObligationRule.MISSING);
    }
}
