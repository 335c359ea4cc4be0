package org.opora.platform.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The databases Opora runs on, told apart by what the DataSource's connection says it is: the EclipseLink platform a
 * unit is built with, how unquoted names are stored (Derby folds them to upper case, PostgreSQL to lower case), and
 * whether the database is Opora's own embedded Derby — only then may the platform release a stale Liquibase lock or
 * copy the database's files before a migration. Nothing here names a product in the configuration: switching the
 * DataSource is all it takes.
 */
public enum DatabaseProduct {

    /** Apache Derby, embedded in the Karaf process or (rarely) its network server. */
    DERBY("Apache Derby", OporaDerbyPlatform.class.getName()),
    /** PostgreSQL, a database server. */
    POSTGRESQL("PostgreSQL", OporaPostgreSQLPlatform.class.getName());

    private final String productName;
    private final String platform;

    DatabaseProduct(String productName, String platform) {
        this.productName = productName;
        this.platform = platform;
    }

    /** The product of the DataSource's database. */
    public static DatabaseProduct of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable: " + e.getMessage(), e);
        }
    }

    /**
     * The product a connection's metadata names.
     *
     * @throws IllegalStateException for a database Opora does not run on, naming it
     */
    public static DatabaseProduct of(DatabaseMetaData meta) throws SQLException {
        String name = meta.getDatabaseProductName();
        for (DatabaseProduct p : values()) {
            if (p.productName.equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalStateException("The database " + name + " " + meta.getDatabaseProductVersion()
                + " is not supported: Opora runs on Apache Derby or PostgreSQL");
    }

    /** The value of {@code eclipselink.target-database} for units on this database. */
    public String platform() {
        return platform;
    }

    /** An unquoted name as the database stores it, for metadata lookups: {@code OPORACORE} or {@code oporacore}. */
    public String stored(String unquotedName) {
        return this == POSTGRESQL ? unquotedName.toLowerCase(Locale.ROOT) : unquotedName.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the connection is to an embedded Derby database: the database is then this process's alone, its files
     * are under {@code karaf.data}, and Derby's system procedures copy it.
     */
    public static boolean embeddedDerby(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }
}
