package org.opora.consilium.api.meeting;

import java.time.LocalDate;

/**
 * An invitation: a representative of the pupil from the core by id, or a name (and relation) typed in.
 *
 * @param representativeId the core's representative, or {@code null}
 * @param name             full name when no representative is given
 * @param relation         relation code when no representative is given, may be empty
 * @param invitedOn        day invited; not after the meeting
 */
public record ParentInvitationDraft(Long representativeId, String name, String relation, LocalDate invitedOn) {
}
