package org.opora.programmes.api.programme;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The curator's note on the pupil's state during the programme (002: the curator follows changes in the pupil's state).
 *
 * @param id          record id
 * @param programmeId the programme
 * @param date        the day observed
 * @param text        what was observed
 * @param byName      the curator's name
 * @param recordedAt  when it was written
 */
public record Observation(long id, long programmeId, LocalDate date, String text, String byName,
        Instant recordedAt) {
}
