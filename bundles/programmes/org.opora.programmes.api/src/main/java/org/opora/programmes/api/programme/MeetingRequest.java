package org.opora.programmes.api.programme;

import java.time.LocalDate;

/**
 * The curator's request for an unplanned consilium about the pupil of a programme (regulation 002: the curator
 * initiates unplanned consilium meetings when needed), open until a consilium protocol has discussed the
 * pupil on it.
 *
 * @param programmeId   the programme
 * @param pupilId       its pupil
 * @param pupilName     the pupil's name
 * @param className     the pupil's class
 * @param requestedOn   the day of the request
 * @param requestedBy   who asked (the curator), by name
 * @param reason        why a meeting is needed
 * @since 2.3
 */
public record MeetingRequest(long programmeId, long pupilId, String pupilName, String className,
        LocalDate requestedOn, String requestedBy, String reason) {

    public MeetingRequest {
        pupilName = pupilName == null ? "" : pupilName;
        className = className == null ? "" : className;
        requestedBy = requestedBy == null ? "" : requestedBy;
        reason = reason == null ? "" : reason;
    }
}
