package org.opora.platform.api.audit;

/** What was done to a record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, PRINT, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, ADMIN
}
