package org.opora.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.opora.platform.testing.PostgresCluster;
import org.ops4j.pax.exam.Option;

/**
 * The database a Pax Exam test's container keeps its data in: embedded Derby in the test's folder, as shipped, or —
 * with {@code -Dopora.itest.database=postgresql}, as the test command's second pass runs the same classes — a database
 * of a throw-away PostgreSQL cluster (Debian's {@code postgresql}), one per folder, started once for the whole run and
 * stopped when it ends. The folder keeps its meaning on PostgreSQL: a test that deletes it to start afresh gets a new,
 * empty database; one that finds it (a later class continuing an earlier one's data) gets the same database.
 */
final class ItestDatabase {

    static final String PROPERTY = "opora.itest.database";
    private static PostgresCluster cluster;

    private ItestDatabase() {
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY, "derby").trim().toLowerCase(Locale.ROOT));
    }

    /** The datasource lines of {@code etc/org.ops4j.datasource-opora.cfg} for the test's database folder. */
    static Option[] datasource(File folder) {
        String cfg = "etc/org.ops4j.datasource-opora.cfg";
        if (!postgresql()) {
            return new Option[] {editConfigurationFilePut(cfg, "url", "jdbc:derby:" + folder.getAbsolutePath()
                    + ";create=true")};
        }
        PostgresCluster pg = cluster();
        String base = folder.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        String name = base.startsWith("itest") ? base : "itest_" + base;
        if (!folder.exists()) { // as Derby makes its folder on the first start: a new database
            recreate(pg, name);
            if (!folder.mkdirs()) {
                throw new IllegalStateException("Cannot make " + folder);
            }
        }
        return new Option[] {
            editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            // pooled as docs/operations.md advises: one connection per transaction would cost a connection set-up each
            editConfigurationFilePut(cfg, "pool", "hikari"),
            editConfigurationFilePut(cfg, "xa", "false"),
            editConfigurationFilePut(cfg, "pool.maximumPoolSize", "10"),
            editConfigurationFilePut(cfg, "url", pg.url(name)),
            editConfigurationFilePut(cfg, "user", PostgresCluster.USER),
            editConfigurationFilePut(cfg, "password", "unused-the-test-cluster-trusts-local-connections")};
    }

    private static synchronized PostgresCluster cluster() {
        if (cluster == null) {
            Path bin = PostgresCluster.binaries().orElseThrow(() -> new IllegalStateException(
                    "-D" + PROPERTY + "=postgresql needs PostgreSQL's initdb and pg_ctl (apt-get install postgresql;"
                    + " the test command ./test installs it)"));
            cluster = PostgresCluster.start(bin); // stopped by its own shutdown hook when the test run ends
        }
        return cluster;
    }

    private static void recreate(PostgresCluster pg, String name) {
        try (Connection c = pg.dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + name + ": " + e.getMessage(), e);
        }
        pg.createDatabase(name);
    }
}
