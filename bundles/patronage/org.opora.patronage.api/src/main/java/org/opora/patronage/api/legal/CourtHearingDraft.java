package org.opora.patronage.api.legal;

import java.time.LocalDate;

/**
 * A hearing to record; the outcome may be added later.
 *
 * @param date           the day, required
 * @param court          the court, required
 * @param matter         the matter, required
 * @param representative who represents the pupil's interests, required
 * @param outcome        the outcome, may be empty (and only for a day not in the future)
 */
public record CourtHearingDraft(LocalDate date, String court, String matter, String representative,
        String outcome) {

    public CourtHearingDraft {
        court = court == null ? "" : court.strip();
        matter = matter == null ? "" : matter.strip();
        representative = representative == null ? "" : representative.strip();
        outcome = outcome == null ? "" : outcome.strip();
    }
}
