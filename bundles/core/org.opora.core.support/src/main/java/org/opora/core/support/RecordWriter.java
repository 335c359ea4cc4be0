package org.opora.core.support;

import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.persistence.VersionedEntity;

/**
 * The writes of one record type, in the shape every service of a module has after its guard and its checks: one
 * transaction, a change made from a stale copy refused before anything is written, and the journal entry written in
 * that transaction (committed with the change, never for a change that was rolled back, and no change without it).
 *
 * <pre>{@code
 * guard.require(CorePermissions.AGENCY_EDIT);           // who may
 * check(draft);                                          // what may be written
 * return agencies.update(agencyId, version,              // the write and the journal
 *         (em, a) -> a.apply(draft), AgencyEntity::toRecord);
 * }</pre>
 *
 * @param <E> the entity of the record type
 */
public final class RecordWriter<E extends VersionedEntity> {

    private final ModuleDatabase db;
    private final AuditService audit;
    private final Class<E> type;
    private final String recordType;

    /**
     * @param recordType the record type as the journal and {@link NotFoundException} name it, e.g.
     *                   {@code core.agency}
     */
    public RecordWriter(ModuleDatabase db, AuditService audit, Class<E> type, String recordType) {
        this.db = db;
        this.audit = audit;
        this.type = type;
        this.recordType = recordType;
    }

    public String recordType() {
        return recordType;
    }

    /** Writes a new record made by {@code make} (not yet persisted) and journals its creation. */
    public <R> R create(Function<EntityManager, E> make, Function<E, R> record) {
        return create(make, record, r -> "");
    }

    /**
     * As {@link #create(Function, Function)}, with the journal's summary of the new record (what identifies it, no
     * personal data), e.g. an order's number.
     */
    public <R> R create(Function<EntityManager, E> make, Function<E, R> record, Function<R, String> summary) {
        return db.write(em -> {
            E e = make.apply(em);
            em.persist(e);
            em.flush();
            return new Written<>(e.getId(), record.apply(e));
        }, audit, w -> new AuditEvent(AuditAction.CREATE, recordType, String.valueOf(w.id()),
                summary.apply(w.record()))).record();
    }

    /**
     * Changes the record the caller read and journals the change: {@link NotFoundException} when it is gone,
     * {@link ConflictException} when someone changed it since {@code version}.
     */
    public <R> R update(long id, long version, BiConsumer<EntityManager, E> change, Function<E, R> record) {
        return update(id, version, change, record, r -> "");
    }

    /** As {@link #update(long, long, BiConsumer, Function)}, with the journal's summary of the change. */
    public <R> R update(long id, long version, BiConsumer<EntityManager, E> change, Function<E, R> record,
            Function<R, String> summary) {
        return db.write(em -> {
            E e = current(em, id, version);
            change.accept(em, e);
            em.flush();
            return record.apply(e);
        }, audit, changed -> new AuditEvent(AuditAction.UPDATE, recordType, String.valueOf(id),
                summary.apply(changed)));
    }

    /** The record, or {@link NotFoundException} naming the record type. */
    public E find(EntityManager em, long id) {
        return ModuleDatabase.find(em, type, id, recordType);
    }

    /** The record as the caller read it: {@link ConflictException} when it was changed since {@code version}. */
    public E current(EntityManager em, long id, long version) {
        E e = find(em, id);
        ModuleDatabase.expectVersion(e.getVersion(), version);
        return e;
    }

    private record Written<R>(Long id, R record) {
    }
}
