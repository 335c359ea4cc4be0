package org.opora.platform.api.audit;

import java.time.Instant;

/**
 * Filter for the journal; null fields do not filter.
 *
 * @param from       entries at or after
 * @param to         entries before
 * @param actor      username (exact)
 * @param action     action
 * @param recordType kind of record (exact)
 * @param recordId   record id (exact)
 */
public record AuditQuery(Instant from, Instant to, String actor, AuditAction action, String recordType,
        String recordId) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
