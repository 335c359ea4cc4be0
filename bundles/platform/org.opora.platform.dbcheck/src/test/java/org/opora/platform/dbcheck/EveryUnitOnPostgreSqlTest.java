package org.opora.platform.dbcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.impl.internal.model.AgencyEntity;
import org.opora.platform.dbcheck.ModuleUnits.ModuleUnit;
import org.opora.platform.persistence.internal.DatabaseProduct;
import org.opora.platform.persistence.internal.OporaPostgreSQLPlatform;
import org.opora.platform.persistence.internal.UnitFactory;
import org.opora.platform.testing.PostgresCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every module's Liquibase changelog and persistence unit on a real PostgreSQL: a throw-away cluster of Debian's
 * {@code postgresql} package, started for this class and deleted after it (skipped, saying so, where the package is
 * not installed). The units are built as the JPA extender builds them at a start — the platform chosen by the
 * database — and each entity is read once; a second start finds every schema up to date; the tables and columns are
 * those the same changelogs make on Derby; two nodes on the database see each other's saves and conflicts.
 */
class EveryUnitOnPostgreSqlTest {

    private static final Logger LOG = LoggerFactory.getLogger(EveryUnitOnPostgreSqlTest.class);

    private static PostgresCluster cluster;
    private static DataSource ds;
    private static List<ModuleUnits.ModuleUnit> units;
    private static List<ModuleUnits.Built> built = List.of();

    @BeforeAll
    static void startAndMigrate() throws Exception {
        long start = System.nanoTime();
        cluster = PostgresCluster.startOrSkip();
        ds = cluster.createDatabase("opora");
        long started = System.nanoTime();
        units = ModuleUnits.onClassPath();
        built = ModuleUnits.build(ds, units, "pg");
        LOG.info("PostgreSQL cluster started in {} ms; {} units migrated and built in {} ms",
                (started - start) / 1_000_000, built.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        ModuleUnits.close(built);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theDatabaseChoosesThePlatformOfEveryUnit() {
        assertEquals(DatabaseProduct.POSTGRESQL, new UnitFactory(ds).product());
        assertTrue(built.size() >= 7, "every module's unit: " + built.size());
        for (ModuleUnits.Built b : built) {
            assertInstanceOf(OporaPostgreSQLPlatform.class, EveryUnitOnDerbyTest.platform(b), b.module().unit().name());
        }
    }

    @Test
    void eachEntityOfEveryUnitIsRead() {
        int queries = 0;
        for (ModuleUnits.Built b : built) {
            queries += EntityQueries.run(b.emf()).size();
        }
        LOG.info("{} queries ran on PostgreSQL", queries);
        assertTrue(queries > built.size());
    }

    @Test
    void everyModuleHasItsLowerCaseSchemaWithLiquibasesHistoryInIt() throws SQLException {
        Set<String> expected = new TreeSet<>();
        units.forEach(u -> expected.add(u.unit().schema().toLowerCase(java.util.Locale.ROOT)));
        Set<String> withHistory = new TreeSet<>(sql("SELECT table_schema FROM information_schema.tables"
                + " WHERE table_name = 'databasechangelog'"));
        assertEquals(expected, withHistory, "Liquibase's history in each module's own schema, nowhere else");
        assertEquals(List.of(), sql("SELECT schema_name FROM information_schema.schemata"
                + " WHERE schema_name <> lower(schema_name)"), "no schema quoted in upper case");
        assertEquals(List.of(), sql("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_name <> lower(table_name)"), "no table quoted in upper case");
    }

    @Test
    void aSecondStartFindsEverySchemaUpToDate() throws SQLException {
        Map<String, Long> before = history();
        List<ModuleUnits.Built> again = ModuleUnits.build(ds, units, "pg-restart");
        try {
            assertEquals(before, history(), "no change set runs twice");
        } finally {
            ModuleUnits.close(again);
        }
    }

    @Test
    void theTablesAndColumnsAreThoseTheChangelogsMakeOnDerby() throws Exception {
        ModuleUnits.onDerby();
        for (ModuleUnits.ModuleUnit u : units) {
            String schema = u.unit().schema();
            Map<String, Set<String>> pg = ModuleUnits.columns(ds, DatabaseProduct.POSTGRESQL.stored(schema));
            assertTrue(!pg.isEmpty(), schema);
            assertEquals(ModuleUnits.columns(ModuleUnits.derby(), DatabaseProduct.DERBY.stored(schema)), pg, schema);
        }
    }

    private static Map<String, Long> history() throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (ModuleUnits.ModuleUnit u : units) {
            String schema = DatabaseProduct.POSTGRESQL.stored(u.unit().schema());
            rows.put(schema, Long.valueOf(sql("SELECT COUNT(*) FROM " + schema + ".databasechangelog").get(0)));
        }
        return rows;
    }

    private static List<String> sql(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * Two Opora nodes on the database, as two units of the core built by two factories with {@code opora.cluster =
     * true}: a node reads what the other saved as soon as the other's notification arrives (their shared caches are
     * coordinated, see {@link CacheCoordinationOnPostgreSqlTest}), and of two changes made to the same record from the
     * same version on both nodes the second is refused (the conflict users are told of). A unit built without the
     * setting keeps serving what it cached before the other node's save, which is why the setting exists.
     */
    @Test
    void aNodeReadsWhatTheOtherSavedAndTheSecondOfTwoChangesFromOneVersionIsRefused() throws Exception {
        ModuleUnit core = units.stream().filter(u -> u.unit().name().equals("opora-core")).findFirst()
                .orElseThrow();
        UnitFactory nodeA = new UnitFactory(ds, true);
        UnitFactory nodeB = new UnitFactory(ds, true);
        EntityManagerFactory a = build(nodeA, core, "a");
        EntityManagerFactory b = build(nodeB, core, "b");
        EntityManagerFactory alone = build(new UnitFactory(ds, false), core, "alone");
        try {
            long id = ModuleUnits.inTransaction(a, em -> {
                AgencyEntity e = new AgencyEntity();
                e.apply(draft("Отдел опеки"));
                em.persist(e);
                em.flush();
                return e.getId();
            });
            assertEquals("Отдел опеки", name(b, id));
            assertEquals("Отдел опеки", name(alone, id));

            ModuleUnits.inTransaction(a, em -> {
                em.find(AgencyEntity.class, id).apply(draft("Отдел опеки и попечительства"));
                return null;
            });
            CacheCoordinationOnPostgreSqlTest.eventually(() -> "Отдел опеки и попечительства".equals(name(b, id)),
                    "node B reads node A's save");
            assertEquals("Отдел опеки", name(alone, id), "a node with a shared cache would not");

            EntityManager onA = a.createEntityManager();
            EntityManager onB = b.createEntityManager();
            try {
                onA.getTransaction().begin();
                onB.getTransaction().begin();
                onA.find(AgencyEntity.class, id).apply(draft("Опека (кабинет 12)"));
                onB.find(AgencyEntity.class, id).apply(draft("Опека (кабинет 14)"));
                onA.getTransaction().commit();
                RollbackException refused = assertThrows(RollbackException.class,
                        () -> onB.getTransaction().commit());
                assertInstanceOf(OptimisticLockException.class, refused.getCause());
            } finally {
                onA.close();
                onB.close();
            }
            CacheCoordinationOnPostgreSqlTest.eventually(() -> "Опека (кабинет 12)".equals(name(b, id)),
                    "the first change stands");
        } finally {
            a.close();
            b.close();
            alone.close();
            nodeA.close();
            nodeB.close();
        }
    }

    private static AgencyDraft draft(String name) {
        return new AgencyDraft("guardianship", name, "", "", "", "");
    }

    private static EntityManagerFactory build(UnitFactory factory, ModuleUnit unit, String node) {
        return factory.build(unit.unit(), unit.root(), EveryUnitOnPostgreSqlTest.class.getClassLoader(),
                unit.unit().name() + "@node-" + node);
    }

    private static String name(EntityManagerFactory node, long id) {
        return ModuleUnits.inTransaction(node, em -> em.find(AgencyEntity.class, id).getName());
    }
}
