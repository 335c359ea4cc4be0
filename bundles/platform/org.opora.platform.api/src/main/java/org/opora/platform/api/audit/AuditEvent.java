package org.opora.platform.api.audit;

import java.util.Objects;

/**
 * One thing to write to the journal. The actor is taken from the current user unless given.
 *
 * @param action     what was done
 * @param recordType kind of record, e.g. {@code core.pupil}
 * @param recordId   id of the record, may be empty for actions on no record (sign-in)
 * @param summary    short description without personal data beyond what identifies the record
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, String summary) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        recordId = recordId == null ? "" : recordId;
        summary = summary == null ? "" : summary;
    }

    public static AuditEvent read(String recordType, Object recordId) {
        return new AuditEvent(AuditAction.READ, recordType, String.valueOf(recordId), "");
    }

    /** A refused attempt on a confidential record; the summary says what was tried (read, change). */
    public static AuditEvent refused(String recordType, Object recordId, String attempt) {
        return new AuditEvent(AuditAction.REFUSED, recordType, String.valueOf(recordId), attempt);
    }
}
