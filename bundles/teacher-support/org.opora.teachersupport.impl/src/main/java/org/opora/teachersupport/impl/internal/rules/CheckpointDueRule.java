package org.opora.teachersupport.impl.internal.rules;

import java.time.LocalDate;

import org.opora.teachersupport.api.route.CheckpointState;

/**
 * When a checkpoint of the route (regulation 004, 3.2, the checkpoints that assess the route's success) is a
 * duty of the lead: from {@code noticeDays} before its due date to the due date it is due, after it overdue, until
 * its result is recorded.
 */
public final class CheckpointDueRule {

    private final int noticeDays;

    public CheckpointDueRule(int noticeDays) {
        this.noticeDays = Math.max(0, noticeDays);
    }

    public CheckpointState state(LocalDate due, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return CheckpointState.DONE;
        }
        if (today.isAfter(due)) {
            return CheckpointState.OVERDUE;
        }
        return today.isBefore(due.minusDays(noticeDays)) ? CheckpointState.COMING : CheckpointState.DUE;
    }

    /** Whether the state is a duty of the lead. */
    public static boolean duty(CheckpointState state) {
        return state == CheckpointState.DUE || state == CheckpointState.OVERDUE;
    }
}
