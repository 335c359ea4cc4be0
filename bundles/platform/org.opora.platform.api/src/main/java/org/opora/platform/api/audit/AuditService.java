package org.opora.platform.api.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one audit journal. Module services call {@link #record} whenever a confidential record is read or
 * changed; the journal is append-only.
 */
@ProviderType
public interface AuditService {

    /**
     * Writes an entry for the current user (or {@code system}). A journal failure does not break a change or a
     * sign-in (it is logged for the operator), but an action that {@linkplain AuditAction#discloses() shows a record}
     * is refused when its entry cannot be written: call it before the record is returned.
     *
     * @throws AuditUnavailableException when the entry of a disclosing action could not be written
     */
    void record(AuditEvent event);

    /**
     * Writes an entry for a named actor, e.g. a failed sign-in before anybody is signed in; a journal failure as in
     * {@link #record(AuditEvent)}.
     *
     * @throws AuditUnavailableException when the entry of a disclosing action could not be written
     */
    void record(String actor, AuditEvent event);

    /** Entries matching the query, newest first. */
    List<AuditRecord> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
