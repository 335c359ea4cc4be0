package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity's date or period lies within the programme's period (regulation 002, the form: the plan's column
 * "date, period" of every activity lies within the row "duration of the programme"), and a period does not end
 * before it starts.
 * An activity has a date ({@code from} alone) or a period ({@code from}–{@code to}, both days included).
 */
public final class ActivityPeriodRule {

    static final String NO_DATE = "programmes.rule.activity.noDate";
    static final String TO_BEFORE_FROM = "programmes.rule.activity.toBeforeFrom";
    static final String OUTSIDE = "programmes.rule.activity.outside";

    /** A plan row as the rule sees it: its number in the plan and its date or period. */
    public record Activity(int number, LocalDate from, LocalDate to) {
    }

    /** What is wrong with one row; the programme's period is taken as set (null ends are not checked). */
    public List<Violation> check(LocalDate programmeStart, LocalDate programmeEnd, Activity activity) {
        int n = activity.number();
        if (activity.from() == null) {
            return List.of(Violation.of("from", NO_DATE, n));
        }
        LocalDate last = activity.to() == null ? activity.from() : activity.to();
        if (last.isBefore(activity.from())) {
            return List.of(Violation.of("to", TO_BEFORE_FROM, n));
        }
        boolean early = programmeStart != null && activity.from().isBefore(programmeStart);
        boolean late = programmeEnd != null && last.isAfter(programmeEnd);
        return early || late ? List.of(Violation.of(early ? "from" : "to", OUTSIDE, n)) : List.of();
    }

    /** What is wrong with the rows, in their order. */
    public List<Violation> checkAll(LocalDate programmeStart, LocalDate programmeEnd, List<Activity> activities) {
        List<Violation> found = new ArrayList<>();
        for (Activity a : activities) {
            found.addAll(check(programmeStart, programmeEnd, a));
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException for the first row out of place */
    public void require(LocalDate programmeStart, LocalDate programmeEnd, List<Activity> activities) {
        Violation.requireNone(checkAll(programmeStart, programmeEnd, activities));
    }
}
