package org.opora.patronage.api.cases;

import java.time.LocalDate;

/**
 * The data of a case to open or correct.
 *
 * @param pupilId  the pupil, required; a pupil has at most one open case
 * @param category a configured category, required
 * @param grounds  why the pupil needs patronage, required
 * @param openedOn the day of opening, required, not in the future
 */
public record CaseDraft(long pupilId, String category, String grounds, LocalDate openedOn) {

    public CaseDraft {
        category = category == null ? "" : category.strip();
        grounds = grounds == null ? "" : grounds.strip();
    }
}
