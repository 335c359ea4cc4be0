package org.opora.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** The database a DataSource leads to decides the platform and the case of stored names. */
class DatabaseProductTest {

    @Test
    void embeddedDerbyIsDerbyWithItsOwnPlatformAndUpperCaseNames() throws SQLException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:database-product-test");
        ds.setCreateDatabase("create");
        assertEquals(DatabaseProduct.DERBY, DatabaseProduct.of(ds));
        assertEquals(OporaDerbyPlatform.class.getName(), DatabaseProduct.DERBY.platform());
        assertEquals("OPORACORE", DatabaseProduct.DERBY.stored("OporaCore"));
        try (Connection c = ds.getConnection()) {
            assertTrue(DatabaseProduct.embeddedDerby(c));
        }
    }

    @Test
    void postgreSqlHasItsPlatformAndLowerCaseNames() throws SQLException {
        assertEquals(DatabaseProduct.POSTGRESQL, DatabaseProduct.of(metadata("PostgreSQL", "15.18")));
        assertEquals(OporaPostgreSQLPlatform.class.getName(), DatabaseProduct.POSTGRESQL.platform());
        assertEquals("oporacore", DatabaseProduct.POSTGRESQL.stored("OPORACORE"));
    }

    @Test
    void onlyEmbeddedDerbyIsTheProcesssOwnDatabase() throws SQLException {
        // the stale lock release and the copy before a migration run only then
        assertFalse(DatabaseProduct.embeddedDerby(connection("jdbc:postgresql://db.school.local:5432/opora")));
        assertFalse(DatabaseProduct.embeddedDerby(connection("jdbc:derby://db.school.local:1527/opora")));
        assertTrue(DatabaseProduct.embeddedDerby(connection("jdbc:derby:/opt/opora/data/derby/opora")));
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DatabaseProduct.of(metadata("MySQL", "8.4.0")));
        assertEquals("The database MySQL 8.4.0 is not supported: Opora runs on Apache Derby or PostgreSQL",
                e.getMessage());
    }

    /** Metadata that answers only the product's name and version. */
    private static DatabaseMetaData metadata(String name, String version) {
        return metadata(name, version, null);
    }

    private static DatabaseMetaData metadata(String name, String version, String url) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] { DatabaseMetaData.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> name;
                    case "getDatabaseProductVersion" -> version;
                    case "getURL" -> url;
                    default -> throw new AssertionError("not asked in this test: " + method.getName());
                });
    }

    /** A connection that answers only its metadata's address. */
    private static Connection connection(String url) {
        DatabaseMetaData meta = metadata("any", "1", url);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return meta;
                    }
                    throw new AssertionError("not asked in this test: " + method.getName());
                });
    }
}
