package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * A start skips Liquibase for a schema whose changelog is unchanged since its last successful migration, and still
 * migrates a changed one and retries a failed one; on embedded Derby in memory.
 */
class ChangelogStampTest {

    private final ClassLoader loader = getClass().getClassLoader();

    private static EmbeddedDataSource database(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + name);
        ds.setCreateDatabase("create");
        return ds;
    }

    @Test
    void theChecksumFollowsTheChangelogsBytesAndAMissingChangelogHasNone() {
        String v1 = ChangelogStamp.checksum("migrator/v1.xml", loader);
        assertNotNull(v1);
        assertEquals(64, v1.length(), "SHA-256 in hexadecimal");
        assertEquals(v1, ChangelogStamp.checksum("migrator/v1.xml", loader));
        assertNotEquals(v1, ChangelogStamp.checksum("migrator/v2.xml", loader));
        assertNull(ChangelogStamp.checksum("migrator/none.xml", loader));
    }

    @Test
    void aStampMatchesOnlyItsChangelogAndChecksum() throws SQLException {
        try (Connection c = database("stamp-matches").getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA MODS");
            }
            assertFalse(ChangelogStamp.matches(c, "MODS", "db/a.xml", "1"), "no stamp table yet");
            ChangelogStamp.record(c, "MODS", "db/a.xml", "1");
            assertTrue(ChangelogStamp.matches(c, "MODS", "db/a.xml", "1"));
            assertFalse(ChangelogStamp.matches(c, "MODS", "db/a.xml", "2"), "the changelog changed");
            assertFalse(ChangelogStamp.matches(c, "MODS", "db/b.xml", "1"), "another changelog");
            ChangelogStamp.record(c, "MODS", "db/a.xml", "2");
            assertTrue(ChangelogStamp.matches(c, "MODS", "db/a.xml", "2"), "the newer stamp replaces the older");
            assertFalse(ChangelogStamp.matches(c, "MODS", "db/a.xml", "1"));
            c.rollback();
        }
    }

    @Test
    void anUnchangedChangelogIsNotHandedToLiquibaseAgain() throws SQLException {
        EmbeddedDataSource ds = database("stamp-unchanged");
        SchemaMigrator migrator = new SchemaMigrator(ds, null);
        migrator.migrate("MODU", "migrator/v2.xml", loader);
        // the history now says test-2 never ran while its column is there: Liquibase would add the column again
        // and fail, so a start that passes proves Liquibase was skipped
        execute(ds, "DELETE FROM MODU.DATABASECHANGELOG WHERE ID = 'test-2'");
        assertDoesNotThrow(() -> migrator.migrate("MODU", "migrator/v2.xml", loader));
        assertEquals(1, count(ds, "MODU.DATABASECHANGELOG"), "Liquibase did not run");
    }

    @Test
    void aChangedChangelogIsMigratedAndStampedAgain() throws SQLException {
        EmbeddedDataSource ds = database("stamp-changed");
        SchemaMigrator migrator = new SchemaMigrator(ds, null);
        String path = "migrator/v1.xml";
        migrator.migrate("MODV", path, loader);
        assertEquals(1, count(ds, "MODV.DATABASECHANGELOG"));
        // the module is updated: its changelog under the same path gets another change set
        execute(ds, "UPDATE MODV.DATABASECHANGELOGSTAMP SET CHECKSUM = 'of an older version'");
        execute(ds, "DROP TABLE MODV.NOTE");
        execute(ds, "DELETE FROM MODV.DATABASECHANGELOG");
        migrator.migrate("MODV", path, loader);
        assertEquals(0, count(ds, "MODV.NOTE"), "Liquibase ran and made the (empty) table again");
        assertEquals(1, count(ds, "MODV.DATABASECHANGELOG"));
        try (Connection c = ds.getConnection()) {
            assertTrue(ChangelogStamp.matches(c, "MODV", path, ChangelogStamp.checksum(path, loader)),
                    "stamped with the new checksum");
        }
    }

    @Test
    void aFailedMigrationLeavesTheOldStampSoTheNextStartTriesAgain() throws SQLException {
        EmbeddedDataSource ds = database("stamp-failed");
        SchemaMigrator migrator = new SchemaMigrator(ds, null);
        migrator.migrate("MODW", "migrator/v2.xml", loader);
        assertThrows(IllegalStateException.class, () -> migrator.migrate("MODW", "migrator/v3-broken.xml", loader));
        assertThrows(IllegalStateException.class, () -> migrator.migrate("MODW", "migrator/v3-broken.xml", loader),
                "the next start runs Liquibase again (and fails again), it does not skip the broken changelog");
        try (Connection c = ds.getConnection()) {
            assertFalse(ChangelogStamp.matches(c, "MODW", "migrator/v3-broken.xml",
                    ChangelogStamp.checksum("migrator/v3-broken.xml", loader)), "never stamped");
        }
        assertEquals(2, count(ds, "MODW.DATABASECHANGELOG"), "the failed change set left nothing in the history");
    }

    private static void execute(EmbeddedDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(EmbeddedDataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
