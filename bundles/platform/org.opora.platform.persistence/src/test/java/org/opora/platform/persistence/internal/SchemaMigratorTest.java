package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stale Liquibase lock of a start that stopped while migrating, on embedded Derby in memory; the copy of the
 * database before an upgrade's change sets, on embedded Derby on disk.
 */
class SchemaMigratorTest {

    private static final String URL = "jdbc:derby:memory:schema-migrator-test;create=true";

    @Test
    void aStaleLockOfEmbeddedDerbyIsReleasedAndAFreeOneIsLeftAlone() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL)) {
            c.setAutoCommit(false);
            assertFalse(SchemaMigrator.releaseStaleLock(c, "NOLOCK"), "a schema Liquibase never locked");
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA MODA");
                s.execute("CREATE TABLE MODA.DATABASECHANGELOGLOCK (ID INT NOT NULL PRIMARY KEY, LOCKED BOOLEAN NOT NULL,"
                        + " LOCKGRANTED TIMESTAMP, LOCKEDBY VARCHAR(255))");
                s.execute("INSERT INTO MODA.DATABASECHANGELOGLOCK VALUES (1, TRUE, CURRENT_TIMESTAMP, 'killed node')");
            }
            c.commit();

            assertTrue(SchemaMigrator.releaseStaleLock(c, "MODA"));
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT LOCKED, LOCKEDBY FROM MODA.DATABASECHANGELOGLOCK")) {
                assertTrue(rs.next());
                assertFalse(rs.getBoolean(1), "released");
            }
            assertFalse(SchemaMigrator.releaseStaleLock(c, "MODA"), "a free lock is left alone");
            c.rollback();
        }
    }

    @Test
    void theDatabaseIsCopiedBeforeAnUpgradesChangeSetsNotAtTheFirstStartNorWhenNothingIsPending(@TempDir Path dir)
            throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("opora").toString());
        ds.setCreateDatabase("create");
        Path backups = dir.resolve(SchemaMigrator.BACKUPS);
        SchemaMigrator migrator = new SchemaMigrator(ds, backups);
        ClassLoader loader = getClass().getClassLoader();

        migrator.migrate("MODB", "migrator/v1.xml", loader);
        assertEquals(List.of(), copies(backups), "the module's first start copies nothing");
        migrator.migrate("MODB", "migrator/v1.xml", loader);
        assertEquals(List.of(), copies(backups), "nothing pending, nothing copied");

        migrator.migrate("MODB", "migrator/v2.xml", loader);
        List<Path> made = copies(backups);
        assertEquals(1, made.size(), "the upgrade's change set is preceded by a copy");
        assertTrue(made.get(0).getFileName().toString().endsWith("-MODB"));
        assertTrue(Files.exists(made.get(0).resolve("opora").resolve("service.properties")),
                "a whole Derby database, ready to be put in place");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM MODB.DATABASECHANGELOG")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1), "and then the change set is applied");
        }

        try (Connection c = ds.getConnection()) {
            for (int i = 0; i < SchemaMigrator.KEEP + 1; i++) {
                migrator.backUp(c, "MODB", 1);
                Thread.sleep(5);
            }
        }
        assertEquals(SchemaMigrator.KEEP, copies(backups).size(), "only the newest copies are kept");
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby says a shut-down with an exception
        }
    }

    private static List<Path> copies(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(backups)) {
            return all.sorted().toList();
        }
    }
}
