package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opora.core.api.AcademicYear;

/**
 * Individual support is obligatory for the pupils regulation 001 names (§6.1: pupils with OVZ, with developmental
 * particularities, disabled children and pupils with special educational needs): a current pupil with one of the
 * flags giving the right to a plan ({@code planEligibleFlags}) who has no individual plan of the current academic
 * year — none in any state, a refused one included — is owed one. The coordinator is told of each such pupil
 * ("my duties", message {@value #MISSING}); nothing is refused.
 */
public final class PlanObligationRule {

    /** The duty's text, citing the clause. */
    public static final String MISSING = "programmes.rule.plan.obligatory";

    private final List<String> eligibleFlags;

    public PlanObligationRule(List<String> eligibleFlags) {
        this.eligibleFlags = List.copyOf(eligibleFlags);
    }

    /** The flags that make a plan obligatory, in the order of the setting; an empty setting obliges nobody. */
    public List<String> flags() {
        return eligibleFlags;
    }

    /**
     * A current pupil with a flag giving the right to a plan.
     *
     * @param flag the first of the eligible flags the pupil has, in the order of the setting
     */
    public record Candidate(long pupilId, String name, String className, String flag) {
    }

    /**
     * A plan's dates as they decide whether it belongs to the year.
     *
     * @param start   the plan's first day, or {@code null} before it is drafted
     * @param end     its last day, or {@code null}
     * @param created the day it was opened (the parents informed)
     */
    public record PlanDates(long pupilId, LocalDate start, LocalDate end, LocalDate created) {
    }

    /** Whether the plan is one of the academic year: its period meets the year, or undrafted, opened in it. */
    public static boolean ofYear(PlanDates plan, AcademicYear year) {
        if (plan.start() == null || plan.end() == null) {
            return plan.created() != null && year.contains(plan.created());
        }
        return !plan.start().isAfter(year.lastDay()) && !plan.end().isBefore(year.firstDay());
    }

    /**
     * The candidates without a plan of the year, once each, by grade, class and name.
     *
     * @param candidates the current pupils found with the eligible flags (a pupil may come once per flag)
     * @param plans      the plans of those pupils
     */
    public List<Candidate> missing(List<Candidate> candidates, List<PlanDates> plans, AcademicYear year) {
        Set<Long> planned = new java.util.HashSet<>();
        plans.stream().filter(p -> ofYear(p, year)).forEach(p -> planned.add(p.pupilId()));
        Map<Long, Candidate> owed = new LinkedHashMap<>();
        for (String flag : eligibleFlags) {
            candidates.stream().filter(c -> c.flag().equals(flag) && !planned.contains(c.pupilId()))
                    .forEach(c -> owed.putIfAbsent(c.pupilId(), c));
        }
        List<Candidate> sorted = new ArrayList<>(owed.values());
        sorted.sort(Comparator.comparingInt((Candidate c) -> grade(c.className()))
                .thenComparing(Candidate::className).thenComparing(Candidate::name));
        return sorted;
    }

    /** The grade a class name starts with ("10A" → 10), so that 3A comes before 10A; 0 without one. */
    static int grade(String className) {
        int i = 0;
        while (i < className.length() && Character.isDigit(className.charAt(i))) {
            i++;
        }
        return i == 0 || i > 2 ? 0 : Integer.parseInt(className.substring(0, i));
    }
}
