package org.opora.consilium.api.meeting;

import java.time.Instant;

/**
 * An amendment of a finalised protocol: who changed what, when and why. Also written to the audit journal.
 *
 * @param id        record id
 * @param meetingId the meeting
 * @param itemId    the pupil's item changed, or {@code null} for the conclusion
 * @param at        when
 * @param by        login of who amended it
 * @param byName    their name
 * @param reason    why (required)
 * @param change    what changed, e.g. the field names and the previous text
 */
public record Amendment(long id, long meetingId, Long itemId, Instant at, String by, String byName, String reason,
        String change) {
}
