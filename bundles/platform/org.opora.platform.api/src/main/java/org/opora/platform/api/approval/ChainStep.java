package org.opora.platform.api.approval;

import java.util.Objects;

/**
 * One step of an approval chain: a security role ({@code Role.name()}) agrees or approves.
 *
 * @param kind     whether the role agrees or approves
 * @param role     the role's name, e.g. {@code director}
 * @param position the position printed and shown for the step as the school wrote it in the chain line, or empty:
 *                 then the role's title ({@link ApprovalRoles#position})
 */
public record ChainStep(Kind kind, String role, String position) {

    /** What the step does. */
    public enum Kind {
        /** The role's holder agrees the record before it is approved (the form's "agreed"). */
        AGREE,
        /** The role's holder approves the record (the form's "approved" block): the last step of every chain. */
        APPROVE;

        /** The word of a chain line, {@code agree} or {@code approve}. */
        public String word() {
            return this == AGREE ? "agree" : "approve";
        }
    }

    public ChainStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        position = position == null ? "" : position.strip();
    }

    /** The step as a chain line, e.g. {@code agree: deputy} or {@code approve: deputy = Deputy director}. */
    public String line() {
        return kind.word() + ": " + role + (position.isEmpty() ? "" : " = " + position);
    }
}
