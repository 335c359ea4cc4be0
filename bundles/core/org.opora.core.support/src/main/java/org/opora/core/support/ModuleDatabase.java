package org.opora.core.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
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
