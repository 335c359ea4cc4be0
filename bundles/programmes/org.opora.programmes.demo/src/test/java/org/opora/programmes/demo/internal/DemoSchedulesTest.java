package org.opora.programmes.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.demo.internal.DemoPlan.DemoIndividualPlan;
import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.DemoRow;
import org.opora.programmes.demo.internal.DemoPlan.Milestones;
import org.opora.programmes.demo.internal.DemoPlan.Role;
import org.opora.programmes.demo.internal.DemoPlan.Scenario;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.config.RulesConfig;
import org.opora.programmes.impl.internal.rules.ActivityPeriodRule;
import org.opora.programmes.impl.internal.rules.ConsentRule;

/**
 * Whatever the day and under the school's configured rules, the demo's dates pass the rules the services check:
 * the duration for the risk category, rows within the programme, the consent not after the start, nothing done or
 * observed in the future; and each scenario shows what it is for (an overdue row, a programme ending soon …).
 */
class DemoSchedulesTest {

    private static final Map<String, Object> STRICTER = Map.of("minMonths", 4, "highRiskMinMonths", 9,
            "especiallyDifficultMinMonths", 36, "endingSoonDays", 30, "maxWeeklyHours", new String[] {"5=31", "8=30"});

    @Test
    void everyProgrammeMeetsTheDefaultRulesOnEveryDayOfAYear() {
        everyDay(Map.of());
    }

    @Test
    void durationsFollowTheConfiguredMinimums() {
        everyDay(STRICTER);
        DemoPlan plan = plan(LocalDate.of(2027, 3, 3), STRICTER);
        assertTrue(months(plan.programmes().get(0)) >= 9, "high suicide risk: 9 months configured");
        assertTrue(months(plan.programmes().get(3)) >= 36, "especially difficult: 36 months configured");
        assertTrue(months(plan.programmes().get(2)) >= 5, "the draft a month longer than the minimum of 4");
        DemoPlan defaults = plan(LocalDate.of(2027, 3, 3), Map.of());
        assertEquals(6, months(defaults.programmes().get(0)));
        assertEquals(24, months(defaults.programmes().get(3)));
        assertEquals(3, months(defaults.programmes().get(4)));
    }

    private static void everyDay(Map<String, Object> config) {
        ProgrammeRules rules = new ProgrammeRules(TypedConfig.of(RulesConfig.class, config));
        for (LocalDate day = LocalDate.of(2026, 8, 1); day.isBefore(LocalDate.of(2027, 8, 1)); day = day.plusDays(1)) {
            DemoPlan plan = plan(day, config);
            assertEquals(5, plan.programmes().size());
            for (DemoProgramme p : plan.programmes()) {
                programme(p, day, rules);
            }
            scenarios(plan, day, rules);
            for (DemoIndividualPlan ip : plan.plans()) {
                assertFalse(ip.informed().isAfter(day) || ip.start().isBefore(day) || ip.deadline().isBefore(day));
                assertTrue(ip.end().isAfter(ip.start().plusMonths(1)));
                assertFalse(plan.orderDate().isAfter(ip.informed()), "the order comes before the parents are told");
                assertTrue(rules.weeklyLoad().check(ip.grade(), ip.curriculumHours(), DemoPlanner.ROOM_FOR_CHOICES)
                        .isEmpty());
            }
        }
    }

    private static void programme(DemoProgramme p, LocalDate day, ProgrammeRules rules) {
        String at = p.scenario() + " on " + day;
        assertTrue(rules.duration().check(p.start(), p.end(), p.risk(), null).isEmpty(), at);
        assertTrue(new ActivityPeriodRule().checkAll(p.start(), p.end(), p.rows().stream()
                .map(r -> new ActivityPeriodRule.Activity(r.number(), r.from(), r.to())).toList()).isEmpty(),
                at);
        assertFalse(p.protocol().isAfter(day), at);
        milestones(p, day, rules, at);
        for (DemoRow r : p.rows()) {
            assertFalse(r.to().isBefore(r.from()), at);
            if (r.doneOn() != null) {
                assertFalse(r.doneOn().isBefore(r.from()) || r.doneOn().isAfter(day), at);
                assertTrue(Set.of(Role.PSYCHOLOGIST, Role.SOCIAL_PEDAGOGUE).contains(r.responsible()),
                        "rows are marked done by people with an account");
            }
        }
        p.observations().forEach(o -> assertFalse(o.isBefore(p.start()) || o.isAfter(day), at));
        p.observations().forEach(o -> assertFalse(weekend(o), at));
        Set<Integer> tasks = p.rows().stream().map(DemoRow::task).collect(Collectors.toSet());
        if (p.milestones().consent() != null) {
            assertEquals(Set.copyOf(IntStream.rangeClosed(1, tasks.size()).boxed().toList()),
                    tasks, "every task has a row before approval: " + at);
        }
    }

    /** The steps in their order, none in the future, the consent not after the first day. */
    private static void milestones(DemoProgramme p, LocalDate day, ProgrammeRules rules, String at) {
        Milestones m = p.milestones();
        List<LocalDate> steps = Stream.of(m.discussed(), m.consent(), m.approved(), m.started(),
                m.review(), m.closed()).filter(d -> d != null).toList();
        for (int i = 1; i < steps.size(); i++) {
            assertFalse(steps.get(i).isBefore(steps.get(i - 1)), at);
        }
        steps.forEach(d -> assertFalse(d.isAfter(day), at));
        if (m.consent() != null) {
            assertTrue(rules.consent().check(new ConsentRule.Answer(true, m.consent(), "Parent"), p.start(), day)
                    .isEmpty(), at);
        }
        if (m.started() != null) {
            assertEquals(p.start(), m.started(), at);
        }
    }

    private static void scenarios(DemoPlan plan, LocalDate day, ProgrammeRules rules) {
        DemoProgramme running = plan.programmes().get(0);
        assertEquals(Scenario.RUNNING, running.scenario());
        assertEquals("high-suicide-risk", running.risk());
        long ago = ChronoUnit.DAYS.between(running.start(), day);
        assertTrue(ago >= 55 && ago <= 65, "started about two months ago: " + day);
        assertEquals(1, running.rows().stream().filter(r -> overdue(r, day)).count(), "one overdue row: " + day);
        long done = running.rows().stream().filter(r -> r.doneOn() != null).count();
        assertTrue(done >= 1 && done <= 2);
        assertTrue(running.rows().size() >= 5 && running.observations().size() >= 2);
        assertTrue(running.rows().stream().map(DemoRow::responsible).distinct().count() >= 3);
        DemoProgramme ending = plan.programmes().get(1);
        assertTrue(rules.endingSoon().endingSoon(ending.end(), day), "ending soon: " + day);
        assertFalse(ending.start().isAfter(day));
        assertTrue(ending.rows().stream().noneMatch(r -> overdue(r, day)));
        DemoProgramme draft = plan.programmes().get(2);
        assertEquals(Milestones.draft(), draft.milestones());
        assertTrue(draft.start().isAfter(day));
        DemoProgramme awaiting = plan.programmes().get(3);
        assertNull(awaiting.milestones().approved());
        assertTrue(awaiting.start().isAfter(day) && awaiting.milestones().consent() != null);
        DemoProgramme closed = plan.programmes().get(4);
        assertTrue(closed.rows().stream().allMatch(r -> r.doneOn() != null && !r.doneOn().isAfter(
                closed.milestones().review())), "every row done before the review: " + day);
        assertTrue(closed.milestones().closed() != null && closed.end().isBefore(day));
    }

    private static boolean overdue(DemoRow r, LocalDate day) {
        return r.doneOn() == null && r.to().isBefore(day);
    }

    private static DemoPlan plan(LocalDate day, Map<String, Object> config) {
        return new DemoPlanner().plan(59, day, DemoSchool.school(), DemoSchool.rules(config));
    }

    /** Whole months from the first day to the day after the last. */
    private static long months(DemoProgramme p) {
        return ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
