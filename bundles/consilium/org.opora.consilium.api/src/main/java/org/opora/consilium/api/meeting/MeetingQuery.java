package org.opora.consilium.api.meeting;

/**
 * Which meetings to list; the result holds only meetings the user may read.
 *
 * @param academicYear start year of the academic year, or {@code null} for all
 * @param status       only this status, or {@code null}
 * @param kind         only this kind, or {@code null}
 */
public record MeetingQuery(Integer academicYear, MeetingStatus status, MeetingKind kind) {

    public static MeetingQuery all() {
        return new MeetingQuery(null, null, null);
    }
}
