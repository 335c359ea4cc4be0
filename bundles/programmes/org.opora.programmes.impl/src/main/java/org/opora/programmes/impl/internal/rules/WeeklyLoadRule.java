package org.opora.programmes.impl.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The study load of an individual plan stays within the maximum weekly load (regulation 001, §1.5: "with the maximum
 * study load meeting the requirements of SanPiN"; §6.2: plans "meeting the total load and extracurricular activity
 * within the requirements of SanPiN"; §7.5: the plan may add hours to compulsory activities and add
 * lessons for the pupil's interests). The curriculum hours and the added hours per week together do not exceed the
 * maximum for the pupil's grade ({@code maxWeeklyHours}); for a grade without a configured maximum there is no limit,
 * and a warning is logged.
 */
public final class WeeklyLoadRule {

    static final String EXCEEDED = "programmes.rule.load.exceeded";
    static final String NEGATIVE = "programmes.rule.load.negative";
    private static final Logger LOG = LoggerFactory.getLogger(WeeklyLoadRule.class);

    private final Map<Integer, Integer> maxHoursByGrade;

    /** @param maxHoursByGrade the maximum weekly hours by grade (1–11) */
    public WeeklyLoadRule(Map<Integer, Integer> maxHoursByGrade) {
        this.maxHoursByGrade = Map.copyOf(maxHoursByGrade);
    }

    /** The maximum for the grade; empty when none is configured. */
    public OptionalInt maxFor(int grade) {
        Integer max = maxHoursByGrade.get(grade);
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * @param curriculumHours the weekly hours of the curriculum the plan keeps
     * @param addedHours      the weekly hours the plan adds (§7.5)
     */
    public List<Violation> check(int grade, double curriculumHours, double addedHours) {
        if (curriculumHours < 0 || addedHours < 0) {
            return List.of(Violation.of(curriculumHours < 0 ? "curriculumHours" : "addedHours", NEGATIVE));
        }
        OptionalInt max = maxFor(grade);
        if (max.isEmpty()) {
            LOG.warn("No maximum weekly load configured for grade {}; the load of the plan is not limited", grade);
            return List.of();
        }
        double total = curriculumHours + addedHours;
        return total > max.getAsInt() ? List.of(Violation.of("addedHours", EXCEEDED, total, max.getAsInt(), grade))
                : List.of();
    }

    /** @throws org.opora.core.api.ValidationException citing §1.5, §7.5 and SanPiN when the load is too high */
    public void require(int grade, double curriculumHours, double addedHours) {
        Violation.requireNone(check(grade, curriculumHours, addedHours));
    }
}
