package org.opora.consilium.api.meeting;

/** Whether an invited parent came. */
public enum Attendance {
    UNKNOWN, PRESENT, ABSENT
}
