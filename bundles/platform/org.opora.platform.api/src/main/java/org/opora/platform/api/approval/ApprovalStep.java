package org.opora.platform.api.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A step of a record's approval chain as the record shows it: the position, the people who may take it while it is
 * open, and once taken who took it and on what day.
 *
 * @param kind     agree or approve
 * @param role     the role's name
 * @param position the position as shown and printed (the chain's own, else the role's title at the time)
 * @param holders  the names of the people holding the role today (while the step is open; may be empty)
 * @param by       the login of who took the step, empty while it is open
 * @param byName   the name of who took it, empty while it is open
 * @param date     the day it was taken, {@code null} while it is open
 */
public record ApprovalStep(ChainStep.Kind kind, String role, String position, List<String> holders, String by,
        String byName, LocalDate date) {

    public ApprovalStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        position = position == null ? "" : position;
        holders = holders == null ? List.of() : List.copyOf(holders);
        by = by == null ? "" : by;
        byName = byName == null ? "" : byName;
    }

    /** An open step of the chain with the people who may take it. */
    public static ApprovalStep open(ChainStep step, String position, List<String> holders) {
        return new ApprovalStep(step.kind(), step.role(), position, holders, "", "", null);
    }

    /** A step taken. */
    public static ApprovalStep taken(ChainStep.Kind kind, String role, String position, String by, String byName,
            LocalDate date) {
        return new ApprovalStep(kind, role, position, List.of(), by, byName, Objects.requireNonNull(date, "date"));
    }

    public boolean isTaken() {
        return date != null;
    }
}
