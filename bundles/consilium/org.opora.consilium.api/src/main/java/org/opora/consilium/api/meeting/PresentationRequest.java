package org.opora.consilium.api.meeting;

import java.time.LocalDate;

/**
 * A presentation asked of the current user and not yet written, with what their list of duties shows about it
 * (read in one query, without reading the meeting's content).
 *
 * @param presentation  the presentation asked for
 * @param meetingId     its meeting
 * @param meetingNumber the meeting's number
 * @param meetingDate   the meeting's day
 * @param due           the day the presentations are due
 * @param pupilName     the pupil it is about
 * @param className     the pupil's class
 */
public record PresentationRequest(Presentation presentation, long meetingId, String meetingNumber,
        LocalDate meetingDate, LocalDate due, String pupilName, String className) {
}
