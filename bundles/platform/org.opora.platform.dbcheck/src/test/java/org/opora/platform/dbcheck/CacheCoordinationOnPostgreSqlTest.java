package org.opora.platform.dbcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.PersonName;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.impl.internal.model.AgencyEntity;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.platform.dbcheck.ModuleUnits.ModuleUnit;
import org.opora.platform.persistence.internal.UnitFactory;
import org.opora.platform.testing.PostgresCluster;

/**
 * Two nodes on one PostgreSQL database with the shared cache on ({@code opora.cluster = true}): the core's unit built
 * twice, by two factories, each with its own cache coordination (its own node id and listening connection). What one
 * node commits is dropped from the other's cache, so the other reads it — after the notification arrives, which the
 * tests wait for (a few seconds at most) rather than time. The listening connection killed by the server makes the
 * node empty its caches and listen again.
 */
class CacheCoordinationOnPostgreSqlTest {

    private static final long WAIT_MILLIS = 10_000;

    private static PostgresCluster cluster;
    private static DataSource ds;
    private static UnitFactory nodeA;
    private static UnitFactory nodeB;
    private static EntityManagerFactory a;
    private static EntityManagerFactory b;

    @BeforeAll
    static void twoNodes() throws Exception {
        cluster = PostgresCluster.startOrSkip();
        ds = cluster.createDatabase("opora");
        ModuleUnit core = ModuleUnits.onClassPath().stream().filter(u -> u.unit().name().equals("opora-core"))
                .findFirst().orElseThrow();
        nodeA = new UnitFactory(ds, true);
        nodeB = new UnitFactory(ds, true);
        a = build(nodeA, core, "a");
        b = build(nodeB, core, "b");
    }

    @AfterAll
    static void stop() {
        for (EntityManagerFactory emf : new EntityManagerFactory[] {a, b}) {
            if (emf != null) {
                emf.close();
            }
        }
        for (UnitFactory f : new UnitFactory[] {nodeA, nodeB}) {
            if (f != null) {
                f.close();
            }
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void bothNodesCoordinateTheirSharedCaches() {
        assertTrue(nodeA.coordinated());
        assertTrue(nodeB.coordinated());
        assertFalse(nodeA.coordination().node().equals(nodeB.coordination().node()), "a node id per start");
    }

    @Test
    void aRecordCachedOnAAndChangedOnBIsReadAnewOnA() {
        long id = newAgency(b, "Отдел опеки");
        assertEquals("Отдел опеки", agencyName(a, id));
        assertTrue(cached(a, AgencyEntity.class, id), "node A keeps the agency in its shared cache");
        assertEquals("Отдел опеки", agencyName(a, id));

        ModuleUnits.inTransaction(b, em -> {
            em.find(AgencyEntity.class, id).apply(draft("Отдел опеки и попечительства"));
            return null;
        });
        eventually(() -> "Отдел опеки и попечительства".equals(agencyName(a, id)), "node A reads node B's change");
    }

    @Test
    void aTeacherAddedToAClassOnBShowsInTheClassOnA() {
        long teacher = ModuleUnits.inTransaction(b, em -> persist(em, staff("Петрова")));
        long other = ModuleUnits.inTransaction(b, em -> persist(em, staff("Сидоров")));
        long klass = ModuleUnits.inTransaction(b, em -> persist(em,
                new ClassEntity(new AcademicYear(2026), 5, "Б", em.find(StaffEntity.class, teacher))));
        assertEquals(Set.of(), teachers(a, klass), "cached on node A with no teachers besides the class teacher");

        ModuleUnits.inTransaction(b, em -> {
            ClassEntity c = em.find(ClassEntity.class, klass);
            c.teachers(Set.of(em.find(StaffEntity.class, other)));
            return null;
        });
        eventually(() -> teachers(a, klass).equals(Set.of("Сидоров")), "node A sees the teacher node B added");
    }

    @Test
    void aRecordDeletedOnBIsGoneOnA() {
        long id = newAgency(b, "Комиссия по делам несовершеннолетних");
        assertNotNull(agency(a, id));
        assertTrue(cached(a, AgencyEntity.class, id));

        ModuleUnits.inTransaction(b, em -> {
            em.remove(em.find(AgencyEntity.class, id));
            return null;
        });
        eventually(() -> agency(a, id) == null, "node A no longer finds what node B deleted");
        assertNull(agency(a, id));
    }

    @Test
    void aLostListeningConnectionEmptiesTheCachesAndIsOpenedAgain() throws SQLException {
        long kept = newAgency(a, "Центр ППМС");
        long changed = newAgency(a, "Отдел образования");
        assertEquals("Центр ППМС", agencyName(a, kept));
        assertEquals("Отдел образования", agencyName(a, changed));
        assertTrue(valid(a, AgencyEntity.class, kept), "cached and valid on node A");
        long before = nodeA.coordination().connections();

        assertEquals(1, terminateListener(nodeA.coordination().node()), "node A's listening connection ended");
        // changed while node A may not be listening: the notification can be missed, the cache must not be kept
        ModuleUnits.inTransaction(b, em -> {
            em.find(AgencyEntity.class, changed).apply(draft("Управление образования"));
            return null;
        });
        eventually(() -> nodeA.coordination().connections() > before, "node A listens again");
        assertFalse(valid(a, AgencyEntity.class, kept), "node A emptied its cache, unchanged records included");
        assertEquals("Управление образования", agencyName(a, changed));
        assertEquals("Центр ППМС", agencyName(a, kept));

        ModuleUnits.inTransaction(b, em -> {
            em.find(AgencyEntity.class, kept).apply(draft("Центр ППМС «Доверие»"));
            return null;
        });
        eventually(() -> "Центр ППМС «Доверие»".equals(agencyName(a, kept)), "node A hears node B again");
    }

    /**
     * Waits for what another node's notification brings about, asking every 50 ms for at most {@value #WAIT_MILLIS}
     * ms: a wait for an event (a notification arrives within milliseconds), not a measure of its speed.
     */
    static void eventually(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(what + " (interrupted)");
            }
        }
    }

    private static int terminateListener(String node) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?")) {
            s.setString(1, "opora-cache-" + node);
            int ended = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ended += rs.getBoolean(1) ? 1 : 0;
                }
            }
            return ended;
        }
    }

    private static boolean cached(EntityManagerFactory node, Class<?> type, long id) {
        return JpaHelper.getDatabaseSession(node).getIdentityMapAccessor().containsObjectInIdentityMap(id, type);
    }

    private static boolean valid(EntityManagerFactory node, Class<?> type, long id) {
        return cached(node, type, id)
                && JpaHelper.getDatabaseSession(node).getIdentityMapAccessor().isValid(id, type);
    }

    private static long newAgency(EntityManagerFactory node, String name) {
        return ModuleUnits.inTransaction(node, em -> {
            AgencyEntity e = new AgencyEntity();
            e.apply(draft(name));
            return persist(em, e);
        });
    }

    private static AgencyEntity agency(EntityManagerFactory node, long id) {
        return ModuleUnits.inTransaction(node, em -> em.find(AgencyEntity.class, id));
    }

    private static String agencyName(EntityManagerFactory node, long id) {
        return ModuleUnits.inTransaction(node, em -> em.find(AgencyEntity.class, id).getName());
    }

    private static Set<String> teachers(EntityManagerFactory node, long klass) {
        return ModuleUnits.inTransaction(node, em -> em.find(ClassEntity.class, klass).getTeachers().stream()
                .map(s -> s.name().surname()).collect(Collectors.toSet()));
    }

    private static StaffEntity staff(String surname) {
        StaffEntity s = new StaffEntity();
        s.apply(new StaffDraft(new PersonName(surname, "Анна", "Ивановна"), "учитель", List.of(), "", "", ""));
        return s;
    }

    private static long persist(EntityManager em, org.opora.platform.persistence.IdentifiedEntity e) {
        em.persist(e);
        em.flush();
        return e.getId();
    }

    private static AgencyDraft draft(String name) {
        return new AgencyDraft("guardianship", name, "", "", "", "");
    }

    private static EntityManagerFactory build(UnitFactory factory, ModuleUnit unit, String node) {
        return factory.build(unit.unit(), unit.root(), CacheCoordinationOnPostgreSqlTest.class.getClassLoader(),
                unit.unit().name() + "@coordinated-" + node);
    }
}
