package org.opora.patronage.api.team;

import java.time.LocalDate;

/**
 * A specialist to involve.
 *
 * @param specialistType the type, one of the settings' specialist types, required
 * @param staffId        the staff member, or {@code null} for someone from outside the school
 * @param external       the name and organisation of someone from outside, required without a staff member
 * @param request        what they are asked to do, required
 * @param requestedOn    the day of the request, required, not in the future
 */
public record AssignmentDraft(String specialistType, Long staffId, String external, String request,
        LocalDate requestedOn) {

    public AssignmentDraft {
        specialistType = specialistType == null ? "" : specialistType.strip();
        external = external == null ? "" : external.strip();
        request = request == null ? "" : request.strip();
    }
}
