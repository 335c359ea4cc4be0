package org.opora.platform.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;

/**
 * A journal line about to be written, its values cut to the columns' lengths. The time keeps microseconds, as the
 * database does, so that the hash is made of what is stored.
 */
record NewEntry(Instant at, String actor, AuditAction action, String recordType, String recordId, String summary) {

    NewEntry {
        at = at.truncatedTo(ChronoUnit.MICROS);
        actor = truncate(actor, 64);
        recordType = truncate(recordType, 64);
        recordId = truncate(recordId, 64);
        summary = truncate(summary, 500);
    }

    static NewEntry of(Instant at, String actor, AuditEvent event) {
        return new NewEntry(at, actor, event.action(), event.recordType(), event.recordId(), event.summary());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
