package org.opora.consilium.api.meeting;

/** Planned (after monitoring surveys) or unplanned (after a confirmed referral, or at the curator's initiative). */
public enum MeetingKind {
    PLANNED, UNPLANNED
}
