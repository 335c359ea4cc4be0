package org.opora.platform.api.audit;

import java.sql.Connection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The one audit journal. Module services journal a change with {@link #recordInTransaction} in the change's own
 * transaction, and a read, print or export, a sign-in or a refusal with {@link #record}; the journal is append-only.
 */
@ProviderType
public interface AuditService {

    /**
     * Event Admin topic sent (synchronously, in the writer's thread) after the journal took the entry of a change
     * ({@link AuditAction#CREATE}, {@link AuditAction#UPDATE}, {@link AuditAction#DELETE}, {@link AuditAction#ADMIN}),
     * before the change's transaction commits; its property {@link #CHANGE_ACTOR} names who made it. For caches of
     * what a user sees that their own changes must refresh at once (the duties on the home page). Example: a handler
     * registered with {@code event.topics=org/opora/platform/audit/CHANGE} drops the actor's cached lists.
     *
     * @since 1.4
     */
    String CHANGE_TOPIC = "org/opora/platform/audit/CHANGE";

    /**
     * The property of a {@link #CHANGE_TOPIC} event naming the actor (a username, {@code system} or
     * {@code anonymous}).
     *
     * @since 1.4
     */
    String CHANGE_ACTOR = "actor";

    /**
     * Writes an entry for the current user (or {@code system}) in a transaction of its own: for what is not a change
     * of records in the database (a read, print or export, a refusal, a change of configuration). A journal failure
     * does not stop a sign-in or a refusal (it is logged for the operator), but an action that
     * {@linkplain AuditAction#requiresEntry() requires its entry} (shows a record or changes something) is refused
     * when its entry cannot be written: call it before the record is returned or the change is made. A change of
     * records is journaled with {@link #recordInTransaction}.
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

    /**
     * Writes an entry for the current user (or {@code system}) on the connection of the caller's open transaction, the
     * one that makes the change the entry records: the entry is committed with the change and rolled back with it.
     * When the entry cannot be written this throws, and the caller must roll the change back (a transaction template
     * does so on any exception): a change that leaves no trace is not made. Call it as the transaction's last
     * statement — the journal's chain stays locked until that transaction ends. With JPA the connection is
     * {@code entityManager.unwrap(java.sql.Connection.class)} inside the transaction; every persistence unit of the
     * platform uses the one database, and so can write the journal's table.
     *
     * @param transaction the connection of the open transaction; not committed, not closed here
     * @throws AuditUnavailableException when the entry could not be written
     * @since 1.3
     */
    void recordInTransaction(Connection transaction, AuditEvent event);

    /**
     * As {@link #recordInTransaction(Connection, AuditEvent)} for a named actor, e.g. a user changing their own
     * temporary password before their sign-in completes.
     *
     * @throws AuditUnavailableException when the entry could not be written
     * @since 1.3
     */
    void recordInTransaction(Connection transaction, String actor, AuditEvent event);

    /** Entries matching the query, newest first. */
    List<AuditRecord> find(AuditQuery query, int offset, int limit);

    int count(AuditQuery query);
}
