package org.opora.programmes.demo.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;
import org.opora.programmes.demo.internal.DemoPlan.DemoIndividualPlan;
import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.Role;

/**
 * Chooses the demo, the same for the same seed, day and school: five programmes ({@link DemoSchedules}) for
 * pupils of grades 5 to 11, pupils the core flags as at risk first; two individual plans, one approved and one
 * awaiting the coordinator, for pupils with a flag that gives the right to one (OVZ, disability or special needs for
 * the first, giftedness for the second, any eligible flag when the school has none of those), with the curriculum
 * leaving room for the parents' choices within the maximum weekly load of the grade.
 */
final class DemoPlanner {

    static final List<String> SUPPORT_FLAGS = List.of("ovz", "disabled", "special-needs");
    static final List<String> GIFTED_FLAGS = List.of("gifted");
    /** Weekly hours the curriculum leaves for the parents' choices; the demo's choices add fewer. */
    static final int ROOM_FOR_CHOICES = 3;
    /** Curriculum hours of a grade for which the school has configured no maximum. */
    static final int UNLIMITED_CURRICULUM = 28;
    /** Days before today the approval deadline order was given. */
    static final int ORDER_DAYS_AGO = 30;
    /** Days after today the order lets the plans be approved. */
    static final int DEADLINE_DAYS = 14;

    private static final int PROGRAMMES = 5;
    private static final int FIRST_GRADE = 5;

    /**
     * The school as the planner needs it.
     *
     * @param pupils  the current pupils
     * @param atRisk  the ids of pupils the core flags as at risk today
     * @param flagged the ids of the pupils with each flag active today, by flag code
     * @param grades  the grade of each current class, by class id
     */
    record School(List<Pupil> pupils, Set<Long> atRisk, Map<String, Set<Long>> flagged, Map<Long, Integer> grades) {

        School {
            pupils = List.copyOf(pupils);
            atRisk = Set.copyOf(atRisk);
            flagged = Map.copyOf(flagged);
            grades = Map.copyOf(grades);
        }
    }

    /**
     * The plan; the parts the school does not keep (programmes or plans off in the rules) are left empty.
     *
     * @throws IllegalStateException when the school has too few pupils of grades 5 to 11, or none with a flag giving
     *                               the right to an individual plan
     */
    DemoPlan plan(long seed, LocalDate today, School school, DemoRules rules) {
        Random rnd = new Random(seed);
        List<Pupil> current = school.pupils().stream().filter(p -> !p.archived() && p.classId() != null)
                .sorted(Comparator.comparingLong(Pupil::id)).toList();
        List<DemoProgramme> programmes = new ArrayList<>();
        Set<Long> taken = new LinkedHashSet<>();
        if (rules.programmes()) {
            List<Long> chosen = programmePupils(current, school, rnd);
            taken.addAll(chosen);
            DemoSchedules s = new DemoSchedules(today, rules);
            programmes.addAll(List.of(s.running(chosen.get(0)), s.ending(chosen.get(1)), s.draft(chosen.get(2)),
                    s.awaiting(chosen.get(3)), s.closed(chosen.get(4))));
        }
        List<DemoIndividualPlan> plans = new ArrayList<>();
        if (rules.plans()) {
            Pupil supported = planPupil(current, school, rules, SUPPORT_FLAGS, taken, rnd);
            taken.add(supported.id());
            Pupil gifted = planPupil(current, school, rules, GIFTED_FLAGS, taken, rnd);
            plans.add(plan(supported, basis(supported, school, rules, SUPPORT_FLAGS), school, rules, today,
                    Role.PSYCHOLOGIST, 21, true));
            plans.add(plan(gifted, basis(gifted, school, rules, GIFTED_FLAGS), school, rules, today, Role.HEAD, 10,
                    false));
        }
        return new DemoPlan(programmes, plans, DemoSchedules.weekday(today.minusDays(ORDER_DAYS_AGO), -1));
    }

    /** Five pupils of grades 5 to 11: the at-risk ones first (shuffled by the seed), then the others. */
    private static List<Long> programmePupils(List<Pupil> current, School school, Random rnd) {
        List<Long> atRisk = shuffled(current, p -> grade(p, school) >= FIRST_GRADE && school.atRisk().contains(p.id()),
                rnd);
        List<Long> others = shuffled(current, p -> grade(p, school) >= FIRST_GRADE && !school.atRisk().contains(p.id()),
                rnd);
        List<Long> chosen = new ArrayList<>(atRisk);
        chosen.addAll(others);
        if (chosen.size() < PROGRAMMES) {
            throw new IllegalStateException("too few pupils of grades 5 to 11 for the demo programmes");
        }
        return List.copyOf(chosen.subList(0, PROGRAMMES));
    }

    /** A pupil with one of the preferred flags that the school counts as eligible, else with any eligible flag. */
    private static Pupil planPupil(List<Pupil> current, School school, DemoRules rules, List<String> preferred,
            Set<Long> taken, Random rnd) {
        for (List<String> flags : List.of(eligible(preferred, rules), rules.eligibleFlags())) {
            List<Long> ids = shuffled(current, p -> !taken.contains(p.id()) && grade(p, school) > 0
                    && flags.stream().anyMatch(f -> school.flagged().getOrDefault(f, Set.of()).contains(p.id())), rnd);
            if (!ids.isEmpty()) {
                return current.stream().filter(p -> p.id() == ids.get(0)).findFirst().orElseThrow();
            }
        }
        throw new IllegalStateException("no pupil of the demo school has a flag giving the right to an individual plan "
                + rules.eligibleFlags());
    }

    private static String basis(Pupil p, School school, DemoRules rules, List<String> preferred) {
        List<String> order = new ArrayList<>(eligible(preferred, rules));
        order.addAll(rules.eligibleFlags());
        return order.stream().filter(f -> school.flagged().getOrDefault(f, Set.of()).contains(p.id())).findFirst()
                .orElseThrow();
    }

    private static List<String> eligible(List<String> flags, DemoRules rules) {
        return flags.stream().filter(rules.eligibleFlags()::contains).toList();
    }

    /** A plan from the next working Monday to the end of lessons, the deadline two weeks ahead. */
    private static DemoIndividualPlan plan(Pupil p, String basis, School school, DemoRules rules, LocalDate today,
            Role drafter, int informedDaysAgo, boolean approve) {
        int grade = grade(p, school);
        OptionalInt max = rules.maxWeeklyHours().apply(grade);
        int curriculum = max.isPresent() ? Math.max(0, max.getAsInt() - ROOM_FOR_CHOICES) : UNLIMITED_CURRICULUM;
        LocalDate start = DemoSchedules.nextMonday(today);
        return new DemoIndividualPlan(p.id(), basis, grade, curriculum, drafter,
                DemoSchedules.weekday(today.minusDays(informedDaysAgo), -1), start, endOfLessons(start),
                today.plusDays(DEADLINE_DAYS), approve);
    }

    /** The 31st of May of the academic year, or of the next one when less than a month of this one is left. */
    static LocalDate endOfLessons(LocalDate start) {
        AcademicYear year = AcademicYear.containing(start);
        LocalDate end = LocalDate.of(year.startYear() + 1, Month.MAY, 31);
        return end.isBefore(start.plusMonths(1)) ? end.plusYears(1) : end;
    }

    private static List<Long> shuffled(List<Pupil> pupils, Predicate<Pupil> filter, Random rnd) {
        List<Long> ids = new ArrayList<>(pupils.stream().filter(filter).map(Pupil::id).toList());
        Collections.shuffle(ids, rnd);
        return ids;
    }

    private static int grade(Pupil p, School school) {
        return p.classId() == null ? 0 : school.grades().getOrDefault(p.classId(), 0);
    }
}
