package org.opora.platform.persistence.internal;

import java.sql.Connection;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * One Liquibase update of a module's schema. Kept apart from {@link SchemaMigrator} so that a start where no
 * changelog changed ({@link ChangelogStamp}) never loads Liquibase's classes, nor starts its scope and services.
 *
 * <p>Example: {@code LiquibaseRun.update(c, "OPORACORE", "db/core-changelog.xml", loader, pending -> backUp(...))}.
 */
final class LiquibaseRun {

    /** Called with the number of change sets about to be applied, before the first of them. */
    @FunctionalInterface
    interface BeforeChanges {
        void pending(int changeSets) throws Exception;
    }

    private LiquibaseRun() {
    }

    /**
     * Applies the changelog's pending change sets to the schema through the connection; the caller commits.
     *
     * @param schema the schema as the database stores its name
     */
    static void update(Connection c, String schema, String changelog, ClassLoader moduleLoader,
            BeforeChanges beforeChanges) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        db.setDefaultSchemaName(schema);
        db.setLiquibaseSchemaName(schema);
        Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(moduleLoader), db);
        // Liquibase remembers per database and changelog path that it was up to date, for the JVM's life; a
        // module updated at run time brings new change sets under the same path
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
        if (pending > 0) {
            beforeChanges.pending(pending);
        }
        // Liquibase's messages go to the log, not to the operator's Karaf console
        Scope.child(Scope.Attr.ui.name(), new LoggerUIService(),
                () -> liquibase.update(new Contexts(), new LabelExpression()));
    }
}
