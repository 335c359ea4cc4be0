package org.opora.core.support;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.persistence.StaleDataException;
import org.opora.platform.persistence.TransactionTemplate;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's persistence unit as its services use it: one transaction per operation, a concurrent change turned into
 * the core's {@link ConflictException}, today's date. A module's DS component extends it with its unit's reference.
 */
@ConsumerType
public class ModuleDatabase {

    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemDefaultZone();

    protected ModuleDatabase(EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This moment, as records are stamped with it. */
    public Instant now() {
        return clock.instant();
    }

    /** The clock records are stamped with. */
    public Clock clock() {
        return clock;
    }

    /** Runs a change in one transaction. */
    public <T> T write(Function<EntityManager, T> work) {
        try {
            return tx.inTransaction(work);
        } catch (StaleDataException e) {
            throw new ConflictException();
        }
    }

    /**
     * Runs a change in one transaction together with its journal entry, written as the transaction's last statement
     * on the same connection: the change and its entry are committed together or not at all. When the entry cannot
     * be written the change is rolled back and {@link org.opora.platform.api.audit.AuditUnavailableException} thrown.
     *
     * @param entry the entry for what the work returned (what identifies the record, no personal data)
     */
    public <T> T write(Function<EntityManager, T> work, AuditService audit, Function<? super T, AuditEvent> entry) {
        return write(em -> {
            T result = work.apply(em);
            journal(em, audit, entry.apply(result));
            return result;
        });
    }

    /**
     * Writes a journal entry on the connection of the open transaction of {@code em}, for a change that journals
     * more than one record; the entry is committed with the change (see {@link AuditService#recordInTransaction}).
     */
    public static void journal(EntityManager em, AuditService audit, AuditEvent entry) {
        em.flush();
        audit.recordInTransaction(em.unwrap(Connection.class), entry);
    }

    /** As {@link #write(Function, AuditService, Function)} for a change that returns nothing. */
    public void run(Consumer<EntityManager> work, AuditService audit, AuditEvent entry) {
        write(em -> {
            work.accept(em);
            return null;
        }, audit, nothing -> entry);
    }

    public void run(Consumer<EntityManager> work) {
        write(em -> {
            work.accept(em);
            return null;
        });
    }

    public <T> T read(Function<EntityManager, T> work) {
        return tx.read(work);
    }

    /** The entity, or {@link NotFoundException} naming the record type. */
    public static <E> E find(EntityManager em, Class<E> type, Object id, String recordType) {
        E e = id == null ? null : em.find(type, id);
        if (e == null) {
            throw new NotFoundException(recordType, id);
        }
        return e;
    }

    /** Refuses a change made from a stale copy, before anything is written. */
    public static void expectVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException();
        }
    }
}
