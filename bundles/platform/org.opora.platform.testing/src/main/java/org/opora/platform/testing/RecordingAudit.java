package org.opora.platform.testing;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * The audit journal of a service test: it keeps every entry a service writes, with the actor the platform's journal
 * would name (the signed-in user, or {@code system}). Services only write to the journal; reading it through
 * {@link #find} or {@link #count} is refused.
 */
public final class RecordingAudit implements AuditService {

    /** One entry as the journal would store it. */
    public record Entry(String actor, AuditEvent event) {

        public AuditAction action() {
            return event.action();
        }

        public String recordType() {
            return event.recordType();
        }

        public String recordId() {
            return event.recordId();
        }

        public String summary() {
            return event.summary();
        }
    }

    private final SecurityContext security;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    /** @param security who is signed in, or {@code null} for a journal that always names the system */
    public RecordingAudit(SecurityContext security) {
        this.security = security;
    }

    @Override
    public void record(AuditEvent event) {
        record(actor(), event);
    }

    /**
     * Keeps the entry as written with the change (the test's transaction is not followed: a service calls this as its
     * transaction's last statement); while {@linkplain #failing(boolean) failing} it refuses, as the platform's journal
     * does, so that the change is rolled back.
     */
    @Override
    public void recordInTransaction(Connection transaction, AuditEvent event) {
        recordInTransaction(transaction, actor(), event);
    }

    @Override
    public void recordInTransaction(Connection transaction, String actor, AuditEvent event) {
        if (failing) {
            throw new AuditUnavailableException(new IllegalStateException("journal failing in this test"));
        }
        entries.add(new Entry(actor == null || actor.isBlank() ? "system" : actor, event));
    }

    private String actor() {
        return security == null ? "system" : security.currentUser().map(OporaUser::username).orElse("system");
    }

    @Override
    public void record(String actor, AuditEvent event) {
        if (failing) {
            // as the platform's journal does when its database fails: a sign-in or a refusal goes on, the rest is
            // refused
            if (event.action().requiresEntry()) {
                throw new AuditUnavailableException(new IllegalStateException("journal failing in this test"));
            }
            return;
        }
        entries.add(new Entry(actor == null || actor.isBlank() ? "system" : actor, event));
    }

    /**
     * Makes the journal fail to write, as the platform's does when its database is gone: from now on nothing is
     * written, a change (journaled in its transaction) and a read, print or export are refused with
     * {@link AuditUnavailableException}; {@code false} heals it.
     */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The newest entry; fails the test when nothing was written. */
    public Entry last() {
        if (entries.isEmpty()) {
            throw new AssertionError("nothing was written to the audit journal");
        }
        return entries.get(entries.size() - 1);
    }

    /** Forgets what was written, e.g. after a test's set-up. */
    public void clear() {
        entries.clear();
    }

    @Override
    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        throw new AssertionError("a service under test read the audit journal: find(" + query + ")");
    }

    @Override
    public int count(AuditQuery query) {
        throw new AssertionError("a service under test read the audit journal: count(" + query + ")");
    }
}
