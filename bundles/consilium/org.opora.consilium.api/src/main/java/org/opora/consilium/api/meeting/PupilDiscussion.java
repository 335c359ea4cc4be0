package org.opora.consilium.api.meeting;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaReason;

/**
 * A meeting at which a pupil is or was discussed, for the pupil card.
 *
 * @param meetingId the meeting
 * @param number    its number
 * @param date      its day
 * @param kind      planned or unplanned
 * @param status    its status
 * @param itemId    the pupil's agenda item
 * @param reason    why the pupil was discussed
 * @param decisions the decision codes recorded
 */
public record PupilDiscussion(long meetingId, String number, LocalDate date, MeetingKind kind, MeetingStatus status,
        long itemId, AgendaReason reason, List<String> decisions) {

    public PupilDiscussion {
        decisions = List.copyOf(decisions);
    }
}
