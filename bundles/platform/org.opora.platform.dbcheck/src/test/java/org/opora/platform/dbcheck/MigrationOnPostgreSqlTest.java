package org.opora.platform.dbcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opora.platform.persistence.internal.SchemaMigrator;
import org.opora.platform.persistence.postgresql.PostgresTools;
import org.opora.platform.testing.PostgresCluster;

/**
 * A module's migration on a real PostgreSQL shared by nodes (a throw-away cluster of Debian's {@code postgresql}
 * package; skipped, saying so, where it is not installed): the Liquibase lock a killed node left is released at the
 * next migration; two nodes starting at once wait for each other on the schema's advisory lock, and one migrates while
 * the other finds nothing to do; a pending change set is preceded by a {@code pg_dump} of the schema that restores;
 * a node without pg_dump migrates without the copy.
 */
class MigrationOnPostgreSqlTest {

    private static final String V1 = "migrator-pg/v1.xml";
    private static final String V2 = "migrator-pg/v2.xml";

    private static PostgresCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        cluster = PostgresCluster.startOrSkip();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theLockOfANodeKilledWhileMigratingIsReleasedAtTheNextMigration() throws Exception {
        DataSource db = cluster.createDatabase("stale");
        node(db, null).migrate("MODP", V1, loader());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // what a node killed inside Liquibase's update leaves: the lock taken, its session gone
            s.executeUpdate("UPDATE modp.databasechangeloglock SET locked = TRUE, lockgranted = now(),"
                    + " lockedby = 'killed node' WHERE id = 1");
        }

        node(db, null).migrate("MODP", V2, loader());

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT locked FROM modp.databasechangeloglock WHERE id = 1")) {
            assertTrue(rs.next());
            assertFalse(rs.getBoolean(1), "released, and released again by Liquibase after the update");
        }
        assertEquals(2, history(db, "modp"), "the migration ran instead of waiting for a dead node's lock");
    }

    @Test
    void twoNodesStartingAtOnceMigrateOnceTheOtherFindsNothingToDo() throws Exception {
        DataSource db = cluster.createDatabase("twonodes");
        Path cfg = datasourceSettings("twonodes");
        node(db, null).migrate("MODP", V1, loader());
        Path backupsA = dir.resolve("a");
        Path backupsB = dir.resolve("b");
        SchemaMigrator nodeA = new SchemaMigrator(cluster.dataSource("twonodes"), backupsA, cfg, "");
        SchemaMigrator nodeB = new SchemaMigrator(cluster.dataSource("twonodes"), backupsB, cfg, "");
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try (Connection holder = db.getConnection()) {
            // a third session holds the schema's lock, as a node busy migrating it would: both starts wait on it
            lock(holder, "pg_advisory_lock");
            Future<?> a = starts.submit(() -> nodeA.migrate("MODP", V2, loader()));
            Future<?> b = starts.submit(() -> nodeB.migrate("MODP", V2, loader()));
            while (waitingForTheSchema(db) < 2) {
                Thread.sleep(20);
            }
            assertEquals(1, history(db, "modp"), "nothing migrated while the lock is held");
            lock(holder, "pg_advisory_unlock");
            a.get();
            b.get();
        } finally {
            starts.shutdownNow();
        }
        assertEquals(2, history(db, "modp"));
        assertEquals(1, copies(backupsA).size() + copies(backupsB).size(),
                "one node applied the change set (and dumped the schema before it), the other found it applied");
    }

    @Test
    void aPendingChangeSetIsPrecededByADumpOfTheSchemaThatRestores() throws Exception {
        DataSource db = cluster.createDatabase("dumped");
        Path backups = dir.resolve(SchemaMigrator.BACKUPS);
        SchemaMigrator migrator = new SchemaMigrator(db, backups, datasourceSettings("dumped"), "");
        migrator.migrate("MODP", V1, loader());
        assertEquals(List.of(), copies(backups), "the module's first start copies nothing");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO modp.note (id) VALUES (42)");
        }

        migrator.migrate("MODP", V2, loader());

        List<Path> made = copies(backups);
        assertEquals(1, made.size());
        assertTrue(made.get(0).getFileName().toString().endsWith("-modp"), made.toString());
        Path dump = made.get(0).resolve("modp.pgdump");
        assertTrue(Files.size(dump) > 0, "pg_dump's file of the schema");
        DataSource restored = cluster.createDatabase("restored");
        PostgresTools.restore(new PostgresTools.Connection(PostgresTools.uri(cluster.url("restored")),
                PostgresCluster.USER, ""), dump, "");
        assertEquals(1, history(restored, "modp"), "the schema as it was before the change set");
        try (Connection c = restored.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM modp.note")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getLong(1), "with its rows");
            assertEquals(1, rs.getMetaData().getColumnCount(), "without the column the change set adds");
        }
    }

    @Test
    void aNodeWithoutPgDumpMigratesWithoutTheCopy() throws Exception {
        DataSource db = cluster.createDatabase("nodump");
        Path backups = dir.resolve(SchemaMigrator.BACKUPS);
        Path noTools = Files.createDirectories(dir.resolve("no-postgresql-bin"));
        SchemaMigrator migrator = new SchemaMigrator(db, backups, datasourceSettings("nodump"), noTools.toString());
        migrator.migrate("MODP", V1, loader());
        migrator.migrate("MODP", V2, loader());
        assertEquals(2, history(db, "modp"), "migrated");
        assertEquals(List.of(), copies(backups), "without a copy (the log warns)");
    }

    private SchemaMigrator node(DataSource db, Path backups) {
        return new SchemaMigrator(db, backups, null, "");
    }

    private Path datasourceSettings(String database) throws IOException {
        Path cfg = dir.resolve(database + "-" + PostgresTools.DATASOURCE_FILE);
        Files.writeString(cfg, """
                osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                dataSourceName = opora
                url = %s
                user = %s
                password = unused-the-test-cluster-trusts-local-connections
                """.formatted(cluster.url(database), PostgresCluster.USER), StandardCharsets.ISO_8859_1);
        return cfg;
    }

    private static ClassLoader loader() {
        return MigrationOnPostgreSqlTest.class.getClassLoader();
    }

    private static void lock(Connection c, String function) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + function + "(?)")) {
            p.setLong(1, SchemaMigrator.lockKey("modp"));
            p.executeQuery().close();
        }
    }

    /** How many sessions wait for the advisory lock of schema modp. */
    private static int waitingForTheSchema(DataSource db) throws SQLException {
        long key = SchemaMigrator.lockKey("modp");
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                        + " AND classid::bigint = ? AND objid::bigint = ?")) {
            p.setLong(1, key >>> 32);
            p.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static int history(DataSource db, String schema) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".databasechangelog")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    private static List<Path> copies(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(backups)) {
            return new ArrayList<>(all.sorted().toList());
        }
    }
}
