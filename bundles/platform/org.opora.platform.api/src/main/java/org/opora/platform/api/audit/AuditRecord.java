package org.opora.platform.api.audit;

import java.time.Instant;

/**
 * A stored journal entry. Entries are never changed or deleted through the platform.
 *
 * @param id         sequence number
 * @param time       when it happened
 * @param actor      username of who did it ({@code system} for the platform itself)
 * @param action     what was done
 * @param recordType kind of record
 * @param recordId   id of the record
 * @param summary    short description
 */
public record AuditRecord(long id, Instant time, String actor, AuditAction action, String recordType,
        String recordId, String summary) {
}
