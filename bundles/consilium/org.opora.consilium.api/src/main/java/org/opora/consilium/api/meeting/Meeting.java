package org.opora.consilium.api.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting of the consilium; its protocol has the meeting's number and date.
 *
 * @param id               record id
 * @param number           number under the configured scheme, e.g. {@code 5} or {@code 5/2026}
 * @param sequence         running number within the numbering period
 * @param academicYear     academic year the meeting falls in (its start year)
 * @param kind             planned or unplanned
 * @param monitoring       for a planned meeting, code of the monitoring survey that prompted it; empty otherwise
 * @param date             day of the meeting
 * @param time             start time as written, e.g. {@code 14:30}; may be empty
 * @param place            where, e.g. a room
 * @param chairId          the chair (staff id), or {@code null} before one is named
 * @param chairName        their name
 * @param secretaryId      the secretary (staff id), or {@code null}
 * @param secretaryName    their name
 * @param presentationsDue day by which the specialists' presentations are due
 * @param conclusion       the collegial conclusion (kollegialnoe zaklyuchenie)
 * @param status           preparation, finalised or cancelled
 * @param finalisedAt      when the protocol was finalised, or {@code null}
 * @param finalisedBy      name of who finalised it, empty before
 * @param cancelReason     why it was cancelled, empty otherwise
 * @param items            number of pupils on the agenda
 * @param version          for optimistic locking
 */
public record Meeting(long id, String number, int sequence, int academicYear, MeetingKind kind, String monitoring,
        LocalDate date, String time, String place, Long chairId, String chairName, Long secretaryId,
        String secretaryName, LocalDate presentationsDue, String conclusion, MeetingStatus status,
        Instant finalisedAt, String finalisedBy, String cancelReason, int items, long version) {

    public Meeting {
        monitoring = monitoring == null ? "" : monitoring;
        time = time == null ? "" : time;
        place = place == null ? "" : place;
        chairName = chairName == null ? "" : chairName;
        secretaryName = secretaryName == null ? "" : secretaryName;
        conclusion = conclusion == null ? "" : conclusion;
        finalisedBy = finalisedBy == null ? "" : finalisedBy;
        cancelReason = cancelReason == null ? "" : cancelReason;
    }

    public boolean finalised() {
        return status == MeetingStatus.FINALISED;
    }
}
