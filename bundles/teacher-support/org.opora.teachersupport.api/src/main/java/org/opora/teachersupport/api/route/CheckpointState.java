package org.opora.teachersupport.api.route;

/**
 * Where a checkpoint stands today: passed (its result recorded), coming (not yet a duty), due (within the notice
 * days of the settings before its due date, or on it) or overdue (its due date passed without a result).
 */
public enum CheckpointState {
    DONE, COMING, DUE, OVERDUE
}
