package org.opora.patronage.api.team;

import java.time.LocalDate;

/**
 * A staff member of the micro-team working with the pupil (003 section 2.2).
 *
 * @param id      record id
 * @param caseId  the case
 * @param staffId the staff member
 * @param name    their full name
 * @param role    what they do for the pupil (subject teacher of mathematics, coach …), may be empty
 * @param from    the first day
 * @param to      the last day, or {@code null} while they take part
 * @param version optimistic-lock version
 */
public record TeamMember(long id, long caseId, long staffId, String name, String role, LocalDate from, LocalDate to,
        long version) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
