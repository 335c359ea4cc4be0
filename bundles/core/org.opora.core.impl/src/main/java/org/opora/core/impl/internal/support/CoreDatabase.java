package org.opora.core.impl.internal.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.impl.internal.model.SchoolEntity;
import org.opora.platform.persistence.StaleDataException;
import org.opora.platform.persistence.TransactionTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The core's persistence unit as the services use it: one transaction per operation, a concurrent change turned
 * into the API's {@link ConflictException}, the current academic year, and the clock (replaceable in tests).
 */
@Component(service = CoreDatabase.class)
public class CoreDatabase {

    public static final String UNIT = "opora-core";

    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public CoreDatabase(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf) {
        this.tx = new TransactionTemplate(emf);
        write(em -> school(em));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

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

    /** The school row, created on the first start with the academic year of today. */
    public SchoolEntity school(EntityManager em) {
        SchoolEntity school = em.find(SchoolEntity.class, SchoolEntity.ID);
        if (school == null) {
            school = new SchoolEntity(AcademicYear.containing(today()));
            em.persist(school);
        }
        return school;
    }

    public AcademicYear currentYear(EntityManager em) {
        SchoolEntity school = em.find(SchoolEntity.class, SchoolEntity.ID);
        return school == null ? AcademicYear.containing(today()) : school.currentYear();
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
