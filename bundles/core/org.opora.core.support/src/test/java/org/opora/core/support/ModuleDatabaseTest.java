package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;

/**
 * The transaction shape every module's services share, on a scripted JPA: what is committed, what is rolled back,
 * and which exception the user's view receives.
 */
class ModuleDatabaseTest {

    /** What the scripted JPA was asked to do, in order. */
    private final List<String> log = new ArrayList<>();
    private final Map<Object, Object> rows = Map.of(7L, "pupil 7");
    private RuntimeException onFlush;

    private final ModuleDatabase db = new ModuleDatabase(factory()) {
    };

    @Test
    void aChangeIsCommittedAndItsResultReturned() {
        assertEquals("done", db.write(em -> "done"));
        assertEquals(List.of("begin", "flush", "commit", "close"), log);
    }

    @Test
    void aConcurrentChangeBecomesAConflictAndNothingIsSaved() {
        onFlush = new OptimisticLockException("row changed");
        assertThrows(ConflictException.class, () -> db.run(em -> em.find(String.class, 7L)));
        assertFalse(log.contains("commit"));
        assertTrue(log.contains("rollback"));
        assertEquals("close", log.get(log.size() - 1));
    }

    @Test
    void aRuleRefusalReachesTheCallerUnchangedAfterTheRollback() {
        ValidationException refused = new ValidationException("grade", "core.error.class.grade", 11);
        assertSame(refused, assertThrows(ValidationException.class, () -> db.run(em -> {
            throw refused;
        })));
        assertEquals(List.of("begin", "rollback", "close"), log);
    }

    @Test
    void readsOpenNoTransaction() {
        assertEquals("pupil 7", db.read(em -> em.find(String.class, 7L)));
        assertEquals(List.of("find", "close"), log);
    }

    @Test
    void aMissingRecordIsNotFoundByTypeAndId() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> db.read(em -> ModuleDatabase.find(em, String.class, 8L, "pupil")));
        assertArrayEquals(new Object[] { "pupil", "8" }, e.params());
        assertEquals("pupil 7", db.read(em -> ModuleDatabase.find(em, String.class, 7L, "pupil")));
        log.clear();
        assertThrows(NotFoundException.class, () -> db.read(em -> ModuleDatabase.find(em, String.class, null, "pupil")));
        assertFalse(log.contains("find"), "no id, no query");
    }

    @Test
    void aStaleCopyIsRefusedBeforeAnythingIsWritten() {
        ModuleDatabase.expectVersion(3, 3);
        assertThrows(ConflictException.class, () -> ModuleDatabase.expectVersion(4, 3));
    }

    @Test
    void todayAndNowComeFromTheClock() {
        assertEquals(LocalDate.now(), db.today());
        assertTrue(Duration.between(db.now(), Instant.now()).abs().toSeconds() < 5);
        assertEquals(db.clock().getZone(), java.time.ZoneId.systemDefault());
    }

    private EntityManagerFactory factory() {
        return proxy(EntityManagerFactory.class, (method, args) -> switch (method) {
            case "createEntityManager" -> entityManager();
            default -> unexpected("EntityManagerFactory." + method);
        });
    }

    private EntityManager entityManager() {
        boolean[] active = new boolean[1];
        EntityTransaction tx = proxy(EntityTransaction.class, (method, args) -> switch (method) {
            case "begin" -> logged("begin", () -> active[0] = true);
            case "commit", "rollback" -> logged(method, () -> active[0] = false);
            case "isActive" -> active[0];
            default -> unexpected("EntityTransaction." + method);
        });
        return proxy(EntityManager.class, (method, args) -> switch (method) {
            case "getTransaction" -> tx;
            case "flush" -> logged("flush", () -> {
                if (onFlush != null) {
                    throw onFlush;
                }
            });
            case "find" -> logged("find", () -> { }) == null ? rows.get(args[1]) : null;
            case "close" -> logged("close", () -> { });
            default -> unexpected("EntityManager." + method);
        });
    }

    private Object logged(String what, Runnable effect) {
        log.add(what);
        effect.run();
        return null;
    }

    private static Object unexpected(String call) {
        throw new AssertionError("unexpected call " + call);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(ModuleDatabaseTest.class.getClassLoader(), new Class<?>[] { type },
                (p, m, a) -> answer.answer(m.getName(), a)));
    }
}
