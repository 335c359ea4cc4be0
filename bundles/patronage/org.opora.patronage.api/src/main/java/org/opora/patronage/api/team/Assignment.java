package org.opora.patronage.api.team;

import java.time.LocalDate;

/**
 * A specialist the coordinator involved in a case (003 section 3.2: the psychologist, the school inspector, the
 * doctor …), with the request and its outcome.
 *
 * @param id             record id
 * @param caseId         the case
 * @param specialistType the specialist type (core list, those the settings allow)
 * @param staffId        the staff member, or {@code null} for a specialist from outside the school
 * @param specialist     the specialist's name (and organisation, for one from outside)
 * @param request        what the specialist is asked to do
 * @param requestedOn    the day of the request
 * @param outcome        the outcome as the specialist reported it; empty while open
 * @param outcomeOn      the day of the outcome, or {@code null}
 * @param version        optimistic-lock version
 */
public record Assignment(long id, long caseId, String specialistType, Long staffId, String specialist,
        String request, LocalDate requestedOn, String outcome, LocalDate outcomeOn, long version) {

    public boolean done() {
        return outcomeOn != null;
    }
}
