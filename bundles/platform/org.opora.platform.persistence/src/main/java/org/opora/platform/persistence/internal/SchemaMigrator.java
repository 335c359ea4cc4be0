package org.opora.platform.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a module's schema up to date with the module's Liquibase changelog before its persistence unit is built.
 * Each module owns one schema and keeps Liquibase's history tables there, so modules migrate independently.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;

    SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the changelog found through the module's class loader.
     *
     * @throws IllegalStateException with the Liquibase message if a change set fails (nothing of it is kept)
     */
    void migrate(String schema, String changelog, ClassLoader moduleLoader) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ensureSchema(c, schema);
                releaseStaleLock(c, schema);
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                db.setDefaultSchemaName(schema);
                db.setLiquibaseSchemaName(schema);
                Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(moduleLoader), db);
                // Liquibase's messages go to the log, not to the operator's Karaf console
                Scope.child(Scope.Attr.ui.name(), new LoggerUIService(),
                        () -> liquibase.update(new Contexts(), new LabelExpression()));
                // Liquibase leaves a transaction open; without a commit Derby keeps its locks until the next start
                c.commit();
                LOG.info("Schema {} is up to date with {}", schema, changelog);
            } catch (Exception e) {
                c.rollback();
                throw new IllegalStateException("Migration of schema " + schema + " failed: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable for schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /**
     * Releases the schema's Liquibase lock left by a start that stopped while migrating (a crash, a kill). Only with
     * embedded Derby: the database is this process's alone and one unit migrates its schema at a time, so a lock held
     * now can only be a stale one. A database server shared by several nodes keeps its locks (another node may be
     * migrating).
     */
    static boolean releaseStaleLock(Connection c, String schema) throws SQLException {
        String url = c.getMetaData().getURL();
        if (url == null || !url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return false;
        }
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "DATABASECHANGELOGLOCK", null)) {
            if (!rs.next()) {
                return false;
            }
        }
        String table = schema + ".DATABASECHANGELOGLOCK";
        try (Statement s = c.createStatement();
                ResultSet lock = s.executeQuery("SELECT LOCKGRANTED, LOCKEDBY FROM " + table
                        + " WHERE ID = 1 AND LOCKED = TRUE")) {
            if (!lock.next()) {
                return false;
            }
            LOG.warn("Released the stale Liquibase lock of schema {}, held since {} by {}: a start stopped while"
                    + " migrating it; the migration runs again now", schema, lock.getTimestamp(1), lock.getString(2));
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + table + " SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1");
        }
        c.commit();
        return true;
    }

    private static void ensureSchema(Connection c, String schema) throws SQLException {
        try (ResultSet rs = c.getMetaData().getSchemas(null, schema)) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        c.commit();
    }
}
