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
