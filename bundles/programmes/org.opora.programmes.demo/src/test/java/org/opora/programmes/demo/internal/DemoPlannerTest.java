package org.opora.programmes.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.pupil.Pupil;
import org.opora.programmes.demo.internal.DemoPlan.DemoIndividualPlan;
import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.Scenario;

/** The demo's choice of pupils: the same every time, at-risk pupils first, eligible pupils for the plans. */
class DemoPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final DemoRules RULES = DemoSchool.rules(Map.of());

    @Test
    void theSameSeedDayAndSchoolGiveTheSamePlan() {
        DemoPlan plan = new DemoPlanner().plan(59, TODAY, DemoSchool.school(), RULES);
        DemoPlanner.School s = DemoSchool.school();
        List<Pupil> reversed = new ArrayList<>(s.pupils());
        Collections.reverse(reversed);
        DemoPlanner.School shuffled = new DemoPlanner.School(reversed, s.atRisk(), s.flagged(), s.grades());
        assertEquals(plan, new DemoPlanner().plan(59, TODAY, shuffled, RULES),
                "the order the service lists in is irrelevant");
        assertNotEquals(plan, new DemoPlanner().plan(60, TODAY, DemoSchool.school(), RULES));
    }

    @Test
    void programmesGoToAtRiskPupilsOfGrades5To11FirstAndPlansToEligiblePupils() {
        for (long seed = 0; seed < 100; seed++) {
            DemoPlan plan = new DemoPlanner().plan(seed, TODAY, DemoSchool.school(), RULES);
            assertEquals(List.of(Scenario.RUNNING, Scenario.ENDING, Scenario.DRAFT, Scenario.AWAITING,
                    Scenario.CLOSED), plan.programmes().stream().map(DemoProgramme::scenario).toList());
            Set<Long> chosen = new HashSet<>();
            for (DemoProgramme p : plan.programmes()) {
                assertTrue(DemoSchool.AT_RISK.contains(p.pupilId()), "five of the seven at risk are in grades 5 to 11");
                assertTrue(p.pupilId() >= 500, "grade 5 or higher");
                assertTrue(chosen.add(p.pupilId()), "a pupil once");
            }
            assertEquals(2, plan.plans().size());
            DemoIndividualPlan supported = plan.plans().get(0);
            DemoIndividualPlan gifted = plan.plans().get(1);
            assertTrue(DemoSchool.OVZ.contains(supported.pupilId()));
            assertTrue(List.of("ovz", "disabled").contains(supported.basis()));
            assertTrue(supported.approve());
            assertTrue(DemoSchool.GIFTED.contains(gifted.pupilId()));
            assertEquals("gifted", gifted.basis());
            assertFalse(gifted.approve(), "the second awaits the coordinator");
            assertTrue(chosen.add(supported.pupilId()) && chosen.add(gifted.pupilId()));
        }
    }

    @Test
    void withFewPupilsAtRiskOtherPupilsOfGrades5To11FillIn() {
        DemoPlanner.School s = DemoSchool.school(Map.of("gifted", DemoSchool.GIFTED, "ovz", DemoSchool.OVZ),
                Set.of(755L));
        DemoPlan plan = new DemoPlanner().plan(7, TODAY, s, RULES);
        assertEquals(755L, plan.programmes().get(0).pupilId(), "the high-risk programme is the at-risk pupil's");
        plan.programmes().forEach(p -> assertTrue(p.pupilId() >= 500 && p.pupilId() < 5000));
    }

    @Test
    void withoutTheFlagItPrefersThePlanTakesAnotherEligibleOneAndWithoutAnyTheDemoFails() {
        DemoPlanner.School noGifted = DemoSchool.school(Map.of("ovz", DemoSchool.OVZ), DemoSchool.AT_RISK);
        DemoPlan plan = new DemoPlanner().plan(3, TODAY, noGifted, RULES);
        assertEquals("ovz", plan.plans().get(1).basis());
        assertNotEquals(plan.plans().get(0).pupilId(), plan.plans().get(1).pupilId());
        DemoPlanner.School none = DemoSchool.school(Map.of(), DemoSchool.AT_RISK);
        assertThrows(IllegalStateException.class, () -> new DemoPlanner().plan(3, TODAY, none, RULES));
        DemoPlan programmesOnly = new DemoPlanner().plan(3, TODAY, none, DemoSchool.rules(
                Map.of("individualPlansEnabled", false)));
        assertTrue(programmesOnly.plans().isEmpty());
        assertEquals(5, programmesOnly.programmes().size());
        DemoPlan plansOnly = new DemoPlanner().plan(3, TODAY, DemoSchool.school(), DemoSchool.rules(
                Map.of("programmesEnabled", false)));
        assertTrue(plansOnly.programmes().isEmpty());
        assertEquals(2, plansOnly.plans().size());
    }

    @Test
    void aSchoolWithoutPupilsOfGrades5To11HasNoDemo() {
        DemoPlanner.School s = DemoSchool.school();
        List<Pupil> young = s.pupils().stream().filter(p -> p.id() < 500).toList();
        DemoPlanner.School primary = new DemoPlanner.School(young, Set.of(), s.flagged(), s.grades());
        assertThrows(IllegalStateException.class, () -> new DemoPlanner().plan(1, TODAY, primary, RULES));
    }
}
