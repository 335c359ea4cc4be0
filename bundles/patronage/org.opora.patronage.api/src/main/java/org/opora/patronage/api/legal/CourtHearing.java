package org.opora.patronage.api.legal;

import java.time.LocalDate;

/**
 * The school representing the minor's interests in court (003 section 3.2).
 *
 * @param id             record id
 * @param caseId         the case
 * @param date           the day of the hearing
 * @param court          the court
 * @param matter         the matter heard
 * @param representative who represented the pupil's interests
 * @param outcome        the outcome; empty until known
 * @param version        optimistic-lock version
 */
public record CourtHearing(long id, long caseId, LocalDate date, String court, String matter,
        String representative, String outcome, long version) {
}
