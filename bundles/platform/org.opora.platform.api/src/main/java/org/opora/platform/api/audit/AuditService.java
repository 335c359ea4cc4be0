package org.opora.platform.api.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one audit journal. Module services call {@link #record} whenever a confidential record is read or
 * changed; the journal is append-only.
 */
@ProviderType
public interface AuditService {

    /** Writes an entry for the current user (or {@code system}); never throws for a journal failure. */
    void record(AuditEvent event);

    /** Writes an entry for a named actor, e.g. a failed sign-in before anybody is signed in. */
    void record(String actor, AuditEvent event);

    /** Entries matching the query, newest first. */
    List<AuditRecord> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
