package org.opora.programmes.impl.internal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.platform.persistence.StaleDataException;
import org.opora.platform.persistence.TransactionTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The programmes' persistence unit as the services use it: one transaction per operation, a concurrent change
 * turned into the API's {@link ConflictException}, and the clock.
 */
@Component(service = ProgrammesDatabase.class)
public class ProgrammesDatabase {

    public static final String UNIT = "opora-programmes";

    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public ProgrammesDatabase(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** Runs a change in one transaction. */
    public <T> T write(Function<EntityManager, T> work) {
        try {
            return tx.inTransaction(work);
        } catch (StaleDataException e) {
            throw new ConflictException();
        }
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
