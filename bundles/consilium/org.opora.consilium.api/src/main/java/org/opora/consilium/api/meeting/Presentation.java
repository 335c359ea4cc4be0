package org.opora.consilium.api.meeting;

import java.time.Instant;

/**
 * A specialist's presentation (predstavlenie) about a pupil on the agenda, prepared before the meeting: one per
 * specialist and pupil. Requested with an empty text; written by that specialist.
 *
 * @param id          record id
 * @param itemId      the agenda item
 * @param staffId     the specialist
 * @param staffName   their name
 * @param position    their position
 * @param text        the presentation; empty while not written
 * @param submittedAt when it was written, or {@code null}
 * @param version     for optimistic locking
 */
public record Presentation(long id, long itemId, long staffId, String staffName, String position, String text,
        Instant submittedAt, long version) {

    public Presentation {
        position = position == null ? "" : position;
        text = text == null ? "" : text;
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
