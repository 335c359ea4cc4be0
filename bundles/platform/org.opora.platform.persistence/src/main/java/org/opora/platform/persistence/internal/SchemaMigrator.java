package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.opora.platform.persistence.postgresql.AdvisoryLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a module's schema up to date with the module's Liquibase changelog before its persistence unit is built.
 * Each module owns one schema and keeps Liquibase's history tables there, so modules migrate independently. Before
 * change sets are applied to a schema that already has some (an upgrade, not a first start), a copy is made into
 * {@code data/migration-backups/<time>-<schema>}: the whole embedded Derby database
 * ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}), or on PostgreSQL a {@code pg_dump} of the schema ({@link SchemaDump});
 * the newest {@value #KEEP} such copies are kept. A schema whose changelog is byte for byte the one of its last
 * successful migration ({@link ChangelogStamp}) is not handed to Liquibase at all: most starts change no schema, and
 * Liquibase's lock, snapshot and history read cost seconds per start.
 *
 * <p>On PostgreSQL, several nodes may start at once: each migrates a schema while holding a session-level advisory
 * lock of that schema ({@link #lockKey}), so a second node waits, then finds the schema up to date. A stale Liquibase
 * lock (a start killed while migrating) is released either way: on embedded Derby because the database is this
 * process's alone, on PostgreSQL because whoever holds the advisory lock is the only one migrating the schema.
 *
 * <pre>{@code
 * new SchemaMigrator(dataSource, Path.of(data, SchemaMigrator.BACKUPS), etc.resolve(PostgresTools.DATASOURCE_FILE), "")
 *         .migrate("OPORACORE", "db/changelog.xml", moduleLoader);
 * }</pre>
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The folder under {@code karaf.data} the copies before migrations go to. */
    public static final String BACKUPS = "migration-backups";
    /** How many copies before migrations are kept. */
    static final int KEEP = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The high half of the advisory lock keys of migrations ("OpMg"); the low half is the schema's. */
    private static final long LOCK_CLASS = 0x4F704D67L;

    private final DataSource dataSource;
    private final Path backups;
    private final SchemaDump dump;

    /** @param backups the folder of the copies before migrations, or {@code null} for none (tests, harnesses) */
    SchemaMigrator(DataSource dataSource, Path backups) {
        this(dataSource, backups, null, "");
    }

    /**
     * @param backups the folder of the copies before migrations, or {@code null} for none (tests, harnesses)
     * @param datasourceCfg the installation's DataSource settings ({@code etc/org.ops4j.datasource-opora.cfg}),
     *        whose connection {@code pg_dump} uses on PostgreSQL; {@code null} when there are none
     * @param postgresqlBin the folder of {@code pg_dump}, or empty for the newest of Debian's or the PATH's
     */
    public SchemaMigrator(DataSource dataSource, Path backups, Path datasourceCfg, String postgresqlBin) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.dump = new SchemaDump(datasourceCfg, postgresqlBin);
    }

    /**
     * The key of the schema's advisory lock on PostgreSQL: the same on every node, different for each schema, so that
     * nodes wait for each other per schema while different schemas migrate side by side.
     *
     * @param schema the schema as the database stores its name
     */
    public static long lockKey(String schema) {
        return LOCK_CLASS << 32 | schema.hashCode() & 0xFFFFFFFFL;
    }

    /**
     * Applies the changelog found through the module's class loader.
     *
     * @throws IllegalStateException with the Liquibase message if a change set fails (nothing of it is kept)
     */
    public void migrate(String schema, String changelog, ClassLoader moduleLoader) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            DatabaseProduct product = DatabaseProduct.of(c.getMetaData());
            // the schema as the database stores it: OPORACORE on Derby, oporacore on PostgreSQL; the changelogs'
            // unquoted names fold the same way, so entities, change sets and Liquibase's tables meet in it
            String stored = product.stored(schema);
            // on PostgreSQL: waits here while another node migrates the schema (a session lock: no rollback frees it)
            try (AdvisoryLock.Held exclusive = AdvisoryLock.take(c, lockKey(stored))) {
                ensureSchema(c, stored);
                releaseStaleLock(c, stored);
                String checksum = ChangelogStamp.checksum(changelog, moduleLoader);
                if (checksum != null && ChangelogStamp.matches(c, stored, changelog, checksum)
                        && hasHistory(c, stored)) {
                    c.commit();
                    LOG.info("Schema {} is up to date with {}: unchanged since its last migration, Liquibase not run",
                            schema, changelog);
                    return;
                }
                LiquibaseRun.update(c, stored, changelog, moduleLoader, pending -> {
                    if (hasHistory(c, stored)) {
                        c.commit();   // nothing of this connection open while Derby copies the database
                        backUp(c, stored, pending);
                    }
                });
                // Liquibase leaves a transaction open; without a commit Derby keeps its locks until the next start
                c.commit();
                if (checksum != null) {
                    stamp(c, stored, changelog, checksum);
                }
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
     * Records the changelog the schema is now up to date with, so the next start can skip Liquibase. A failure here
     * loses nothing but that shortcut (the next start runs Liquibase, which finds nothing to do, and stamps again), so
     * it is logged and the start goes on: e.g. two nodes of one PostgreSQL database creating the table at once.
     */
    private static void stamp(Connection c, String schema, String changelog, String checksum) {
        try {
            ChangelogStamp.record(c, schema, changelog, checksum);
            c.commit();
        } catch (SQLException e) {
            LOG.warn("The checksum of {} could not be stored in schema {}; the next start runs Liquibase for it again:"
                    + " {}", changelog, schema, e.getMessage());
            try {
                c.rollback();
            } catch (SQLException ignored) {
                LOG.debug("Rollback after the failed stamp of schema {} failed too", schema, ignored);
            }
        }
    }

    /**
     * Releases the schema's Liquibase lock left by a start that stopped while migrating (a crash, a kill). Called while
     * nobody else can be migrating the schema, so a lock held now can only be a stale one: with embedded Derby the
     * database is this process's alone and one unit migrates its schema at a time; with PostgreSQL the caller holds
     * the schema's advisory lock, which every node takes before migrating it, and which a killed node's session lost
     * with it. Any other database server keeps its locks (another node may be migrating).
     *
     * @param schema the schema as the database stores its name
     */
    static boolean releaseStaleLock(Connection c, String schema) throws SQLException {
        if (!DatabaseProduct.embeddedDerby(c) && !AdvisoryLock.supported(c)) {
            return false;
        }
        String lockTable = DatabaseProduct.of(c.getMetaData()).stored("DATABASECHANGELOGLOCK");
        try (ResultSet rs = c.getMetaData().getTables(null, schema, lockTable, null)) {
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

    /**
     * Whether change sets were applied to the schema before: an upgrade rather than the module's first start.
     *
     * @param schema the schema as the database stores its name
     */
    static boolean hasHistory(Connection c, String schema) throws SQLException {
        String table = DatabaseProduct.of(c.getMetaData()).stored("DATABASECHANGELOG");
        try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
            if (!rs.next()) {
                return false;
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".DATABASECHANGELOG")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /**
     * Copies the database before the schema's change sets are applied, and keeps the newest {@value #KEEP} copies:
     * embedded Derby whole, PostgreSQL the schema with {@code pg_dump} ({@link SchemaDump}: skipped with a warning
     * where pg_dump is not installed). Any other database server is backed up by its own tools: only a log line.
     *
     * @return the folder of the copy, or {@code null} when none was made
     * @throws SQLException when the copy fails: the migration does not run without it
     */
    Path backUp(Connection c, String schema, int pending) throws SQLException {
        if (backups == null) {
            return null;
        }
        boolean derby = DatabaseProduct.embeddedDerby(c);
        if (!derby && !AdvisoryLock.supported(c)) {
            LOG.info("Schema {} gets {} change set(s); the database server is backed up by its own tools, not here",
                    schema, pending);
            return null;
        }
        if (!derby && !dump.possible(schema, pending)) {
            return null;
        }
        Path folder = backups.resolve(LocalDateTime.now().format(STAMP) + "-" + schema);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SQLException("The folder for the copy before the migration cannot be made: " + folder, e);
        }
        if (!derby) {
            dump.write(schema, folder, pending);
            prune();
            return folder;
        }
        long started = System.nanoTime();
        try (CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, folder.toString());
            backup.execute();
        }
        c.commit();
        LOG.info("Copied the database to {} before applying {} change set(s) to schema {} ({} ms); to go back, put"
                + " its database folder in place of data/derby/opora while the server is stopped", folder, pending,
                schema, (System.nanoTime() - started) / 1_000_000);
        prune();
        return folder;
    }

    /** Deletes all but the newest {@value #KEEP} copies; a copy that cannot be deleted is logged and left. */
    private void prune() {
        try (Stream<Path> all = Files.list(backups)) {
            List<Path> old = all.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName).reversed())
                    .skip(KEEP).toList();
            for (Path p : old) {
                try (Stream<Path> tree = Files.walk(p)) {
                    for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("An old copy in {} could not be deleted", backups, e);
        }
    }

    /** Creates the schema unless it is there; {@code schema} as the database stores the name. */
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
