package org.opora.patronage.impl.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The curator reports on the work done at the director's meeting (003 section 3.3) and the results are monitored
 * (section 2.2); a school says how often: a report is due so many days after the curator's term began, or after the
 * last report when that was later (a report of a former curator does not shorten a new curator's first period).
 * Zero days: no report is ever due by this rule.
 */
public final class ReportDueRule {

    private final int days;

    public ReportDueRule(int days) {
        this.days = Math.max(0, days);
    }

    public int days() {
        return days;
    }

    /**
     * The day the next report is due, or empty without the rule.
     *
     * @param termBegan  the first day of the curator's term
     * @param lastReport the day the last report on the case was submitted, or {@code null}
     */
    public Optional<LocalDate> nextDue(LocalDate termBegan, LocalDate lastReport) {
        if (days == 0 || termBegan == null) {
            return Optional.empty();
        }
        LocalDate from = lastReport == null || lastReport.isBefore(termBegan) ? termBegan : lastReport;
        return Optional.of(from.plusDays(days));
    }

    /** Whether a report is due on the day: the due day has come and no report was submitted since. */
    public boolean dueOn(LocalDate termBegan, LocalDate lastReport, LocalDate day) {
        return nextDue(termBegan, lastReport).map(due -> !day.isBefore(due)).orElse(false);
    }
}
