package org.opora.platform.api.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, PRINT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, ADMIN,
    /** An attempt to read or change a confidential record that the user was refused. */
    REFUSED
}
