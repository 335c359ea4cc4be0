package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.opora.platform.persistence.postgresql.PostgresTools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of one PostgreSQL schema before its migration: {@code pg_dump --format=custom --schema=<schema>} with the
 * connection of the installation's DataSource settings ({@link PostgresTools}), into the copy's folder as
 * {@code <schema>.pgdump}. Where pg_dump is not installed on the node, or no settings name the database, the
 * migration goes on without a copy and the log says so (WARN); a pg_dump that runs and fails stops the migration, as a
 * failed Derby copy does.
 *
 * <pre>{@code
 * SchemaDump dump = new SchemaDump(etc.resolve(PostgresTools.DATASOURCE_FILE), "");
 * if (dump.possible("oporacore", 2)) {
 *     dump.write("oporacore", folder, 2); // folder/oporacore.pgdump
 * }
 * }</pre>
 */
final class SchemaDump {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaDump.class);

    private final Path datasourceCfg;
    private final String bin;

    /**
     * @param datasourceCfg the DataSource settings pg_dump connects with, or {@code null} for none
     * @param bin the folder of pg_dump, or empty for the newest of Debian's or the PATH's
     */
    SchemaDump(Path datasourceCfg, String bin) {
        this.datasourceCfg = datasourceCfg;
        this.bin = bin == null ? "" : bin;
    }

    /** The file of the schema's dump in a copy's folder. */
    static Path file(Path folder, String schema) {
        return folder.resolve(schema + ".pgdump");
    }

    /** Whether a dump can be taken here; when not, the log says why and that the migration goes on without one. */
    boolean possible(String schema, int pending) {
        if (datasourceCfg == null || !Files.isRegularFile(datasourceCfg)) {
            LOG.warn("Schema {} gets {} change set(s) without a copy before them: no DataSource settings ({}) for"
                    + " pg_dump to connect with", schema, pending, datasourceCfg);
            return false;
        }
        if (!PostgresTools.installed("pg_dump", bin)) {
            LOG.warn("Schema {} gets {} change set(s) without a copy before them: pg_dump is not installed on this"
                    + " node (Debian: the postgresql-client package of the server's version or newer); back the"
                    + " database up with the server's own tools before an upgrade", schema, pending);
            return false;
        }
        return true;
    }

    /**
     * Dumps the schema into the folder.
     *
     * @throws SQLException when pg_dump fails: the migration does not run without the copy
     */
    void write(String schema, Path folder, int pending) throws SQLException {
        Path file = file(folder, schema);
        long started = System.nanoTime();
        try {
            PostgresTools.dump(PostgresTools.Connection.of(datasourceCfg), file, bin, schema);
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("pg_dump of schema " + schema + " before its migration failed, the migration is not"
                    + " run: " + e.getMessage(), e);
        }
        LOG.info("Dumped schema {} to {} before applying {} change set(s) ({} ms); to go back, stop every node, drop"
                + " the schema (DROP SCHEMA {} CASCADE) and restore it with pg_restore --single-transaction"
                + " --dbname=… {}", schema, file, pending, (System.nanoTime() - started) / 1_000_000, schema, file);
    }
}
