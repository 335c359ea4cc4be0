package org.opora.platform.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

/**
 * The one place that opens transactions: one transaction per service operation, committed when the work returns
 * and rolled back when it throws. Database failures become {@link DataAccessException} (or
 * {@link StaleDataException} for a concurrent change); the work's own exceptions (validation, rules) pass through
 * unchanged after the rollback. Calls do not nest: a service operation calls it once.
 */
public final class TransactionTemplate {

    private final EntityManagerFactory emf;

    public TransactionTemplate(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Runs work in a new transaction and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw new StaleDataException(e);
        } catch (RollbackException e) {
            throw translate(e);
        } catch (PersistenceException e) {
            throw new DataAccessException(e.getMessage(), e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs work in a new transaction. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only work outside a transaction; entities returned are detached. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } catch (PersistenceException e) {
            throw new DataAccessException(e.getMessage(), e);
        } finally {
            em.close();
        }
    }

    private static DataAccessException translate(RollbackException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return new StaleDataException(e);
            }
        }
        return new DataAccessException(e.getMessage(), e);
    }
}
