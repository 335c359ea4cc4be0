package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The duration of a programme (regulation 002, section "Sroki realizatsii IPS", the duration): at least {@code minMonths} (3) months; at
 * least {@code highRiskMinMonths} (6) for a pupil at high suicide risk or after an incomplete suicide; at least
 * {@code especiallyDifficultMinMonths} (24) in especially difficult cases — or the whole time of schooling, so an end
 * on or after the expected graduation also meets that clause. The period includes its end day: a programme lasts at
 * least N months when it ends on or after {@code start.plusMonths(N).minusDays(1)} (15.01.2027–14.04.2027 is three
 * months). When several minimums apply, the violation cites the longest one not met.
 */
public final class DurationRule {

    static final String START = "programmes.rule.duration.noStart";
    static final String END = "programmes.rule.duration.noEnd";
    static final String END_BEFORE_START = "programmes.rule.duration.endBeforeStart";
    static final String MIN = "programmes.rule.duration.min";
    static final String HIGH_RISK = "programmes.rule.duration.highRisk";
    static final String ESPECIALLY_DIFFICULT = "programmes.rule.duration.especiallyDifficult";

    private final int minMonths;
    private final int highRiskMinMonths;
    private final Set<String> highRiskCategories;
    private final int especiallyDifficultMinMonths;
    private final Set<String> especiallyDifficultCategories;

    public DurationRule(int minMonths, int highRiskMinMonths, Set<String> highRiskCategories,
            int especiallyDifficultMinMonths, Set<String> especiallyDifficultCategories) {
        this.minMonths = minMonths;
        this.highRiskMinMonths = highRiskMinMonths;
        this.highRiskCategories = Set.copyOf(highRiskCategories);
        this.especiallyDifficultMinMonths = especiallyDifficultMinMonths;
        this.especiallyDifficultCategories = Set.copyOf(especiallyDifficultCategories);
    }

    /** Whether the inclusive period lasts at least the months. */
    public static boolean lastsAtLeast(LocalDate start, LocalDate end, int months) {
        return !end.isBefore(earliestEnd(start, months));
    }

    /** The first end day with which a period from {@code start} lasts the months. */
    public static LocalDate earliestEnd(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /** The longest minimum, in months, that applies to the risk category (a code of the list of risk categories). */
    public int minimumMonths(String riskCategory) {
        int months = minMonths;
        if (in(highRiskCategories, riskCategory)) {
            months = Math.max(months, highRiskMinMonths);
        }
        if (in(especiallyDifficultCategories, riskCategory)) {
            months = Math.max(months, especiallyDifficultMinMonths);
        }
        return months;
    }

    /**
     * What is wrong with the period.
     *
     * @param riskCategory       the programme's risk category; null or unknown means the general minimum only
     * @param expectedGraduation the day the pupil is expected to finish school, or null when not known
     */
    public List<Violation> check(LocalDate start, LocalDate end, String riskCategory, LocalDate expectedGraduation) {
        List<Violation> found = new ArrayList<>();
        if (start == null) {
            found.add(Violation.of("startDate", START));
        }
        if (end == null) {
            found.add(Violation.of("endDate", END));
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (end.isBefore(start)) {
            return List.of(Violation.of("endDate", END_BEFORE_START));
        }
        List<Violation> unmet = new ArrayList<>();
        if (in(especiallyDifficultCategories, riskCategory) && !lastsAtLeast(start, end,
                especiallyDifficultMinMonths) && (expectedGraduation == null || end.isBefore(expectedGraduation))) {
            unmet.add(Violation.of("endDate", ESPECIALLY_DIFFICULT, especiallyDifficultMinMonths));
        }
        if (in(highRiskCategories, riskCategory) && !lastsAtLeast(start, end, highRiskMinMonths)) {
            unmet.add(Violation.of("endDate", HIGH_RISK, highRiskMinMonths));
        }
        if (!lastsAtLeast(start, end, minMonths)) {
            unmet.add(Violation.of("endDate", MIN, minMonths));
        }
        unmet.sort((a, b) -> Integer.compare((Integer) b.params().get(0), (Integer) a.params().get(0)));
        return unmet.isEmpty() ? List.of() : List.of(unmet.get(0));
    }

    private static boolean in(Set<String> categories, String category) {
        return category != null && categories.contains(category);
    }

    /** @throws org.opora.core.api.ValidationException citing the clause of the first violation */
    public void require(LocalDate start, LocalDate end, String riskCategory, LocalDate expectedGraduation) {
        Violation.requireNone(check(start, end, riskCategory, expectedGraduation));
    }
}
