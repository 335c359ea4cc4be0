package org.opora.platform.admin.internal.audit;

import java.time.LocalDate;
import java.time.ZoneId;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;

/**
 * The journal filter as the administrator fills it in: whole days in the server's zone, both ends included; blank
 * text and no choice do not filter.
 *
 * @param from       first day, or null
 * @param to         last day (included), or null
 * @param actor      username, exact
 * @param action     action, or null for all
 * @param recordType kind of record, exact
 * @param recordId   record id, exact
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action, String recordType,
        String recordId) {

    /** No filter: the whole journal. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** The service's query: days become instants in the zone, the last day up to the next midnight. */
    public AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                text(actor), action, text(recordType), text(recordId));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
