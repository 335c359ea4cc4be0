package org.opora.consilium.api.meeting;

/** A meeting is prepared and held, then its protocol is finalised; a meeting that does not take place is cancelled. */
public enum MeetingStatus {
    /** Being prepared or held; the protocol is being written. */
    PREPARATION,
    /** The protocol is finalised (signed): read-only except by an amendment. */
    FINALISED,
    /** Did not take place; kept with the reason. */
    CANCELLED
}
