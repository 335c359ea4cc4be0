package org.opora.platform.api.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, PRINT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, ADMIN,
    /** An attempt to read or change a confidential record that the user was refused. */
    REFUSED;

    /**
     * Whether the action shows a record's content to somebody (a read, a print, an export): such an action is refused
     * when its journal entry cannot be written ({@link AuditUnavailableException}).
     */
    public boolean discloses() {
        return this == READ || this == PRINT || this == EXPORT;
    }

    /**
     * Whether the action may not happen without its journal entry: it shows a record or changes something. Only
     * sign-ins, sign-outs and refusals go on when the journal fails (they are logged for the operator instead).
     *
     * @since 1.3
     */
    public boolean requiresEntry() {
        return this != LOGIN && this != LOGIN_FAILED && this != LOGOUT && this != REFUSED;
    }
}
