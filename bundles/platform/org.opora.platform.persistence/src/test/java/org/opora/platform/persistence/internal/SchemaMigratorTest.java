package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The stale Liquibase lock of a start that stopped while migrating, on embedded Derby in memory. */
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
}
