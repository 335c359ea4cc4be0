package org.opora.patronage.api.report;

import java.time.LocalDate;

/**
 * A curator's report that is due on an open case: the school's interval has passed since the curator's term began
 * or since the last report.
 *
 * @param caseId     the case
 * @param pupil      the pupil's name
 * @param lastReport the day the last report was submitted, or {@code null} when there was none
 * @param due        the day the report was due
 */
public record ReportDue(long caseId, String pupil, LocalDate lastReport, LocalDate due) {
}
