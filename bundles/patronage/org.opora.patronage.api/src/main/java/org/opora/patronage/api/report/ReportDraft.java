package org.opora.patronage.api.report;

import java.time.LocalDate;

/**
 * A curator's report to submit or correct.
 *
 * @param from         the first day of the period, required, not before the case was opened
 * @param to           the last day of the period, required, not before {@code from} and not in the future
 * @param workDone     the work done, required
 * @param results      the results obtained, required
 * @param difficulties the difficulties met, may be empty
 * @param proposals    the curator's proposals, may be empty
 */
public record ReportDraft(LocalDate from, LocalDate to, String workDone, String results, String difficulties,
        String proposals) {

    public ReportDraft {
        workDone = workDone == null ? "" : workDone.strip();
        results = results == null ? "" : results.strip();
        difficulties = difficulties == null ? "" : difficulties.strip();
        proposals = proposals == null ? "" : proposals.strip();
    }
}
