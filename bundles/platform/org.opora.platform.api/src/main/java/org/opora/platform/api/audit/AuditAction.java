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
}
