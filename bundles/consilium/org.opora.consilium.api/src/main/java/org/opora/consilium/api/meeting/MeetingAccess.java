package org.opora.consilium.api.meeting;

/** What the current user may do with a meeting. */
public enum MeetingAccess {
    /** Nothing: not a member, not a participant, not the director or the head of service. */
    NONE,
    /** Read the meeting and its protocol, and write the presentations asked of them. */
    READ,
    /** Keep the meeting and its protocol: the chair, deputy chair, secretary, or {@code consilium.meeting.manage}. */
    KEEP;

    public boolean canRead() {
        return this != NONE;
    }

    public boolean canKeep() {
        return this == KEEP;
    }
}
