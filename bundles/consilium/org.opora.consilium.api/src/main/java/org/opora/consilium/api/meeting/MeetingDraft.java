package org.opora.consilium.api.meeting;

import java.time.LocalDate;

/**
 * The header of a meeting, for creating and editing it.
 *
 * @param kind        planned or unplanned
 * @param monitoring  code of the monitoring survey (required for a planned meeting, empty for an unplanned one)
 * @param date        day of the meeting
 * @param time        start time {@code HH:mm}, may be empty
 * @param place       where (required)
 * @param chairId     the chair; {@code null} takes the consilium's chair on the day
 * @param secretaryId the secretary; {@code null} takes the consilium's secretary on the day
 */
public record MeetingDraft(MeetingKind kind, String monitoring, LocalDate date, String time, String place,
        Long chairId, Long secretaryId) {
}
