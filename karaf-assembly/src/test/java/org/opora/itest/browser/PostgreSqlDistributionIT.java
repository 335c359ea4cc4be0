package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opora.platform.testing.PostgresCluster;

/**
 * The shipped distribution on PostgreSQL by configuration only: a fresh copy whose
 * {@code etc/org.ops4j.datasource-opora.cfg} names the PostgreSQL driver and a database of a throw-away cluster
 * (Debian's {@code postgresql}; skipped, saying so, where it is not installed) starts every module with the demo
 * school, as an operator would after following docs/operations.md: each module's schema is migrated in PostgreSQL,
 * no Derby database is made, the health check reports the database, the demo data is there, the administrator
 * signs in, and the audit chain verifies. Then {@code opora:backup} backs the running school up with {@code pg_dump},
 * and {@code bin/opora-restore --datasource} puts it into a fresh copy of the distribution and an empty database of
 * the same cluster: started, it has the same pupils, programmes, consilium meetings and documents with their files,
 * and an intact audit chain.
 */
class PostgreSqlDistributionIT {

    private static final String[] UNITS = { "opora-security", "opora-audit", "opora-core", "opora-consilium",
        "opora-programmes", "opora-patronage", "opora-teacher-support" };

    @Test
    void theDistributionRunsEveryModuleAndTheDemoSchoolOnPostgreSql() throws Exception {
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            DataSource db = pg.createDatabase("opora");
            Path home = RunningDistribution.unpackFresh("PostgreSqlDistributionIT");
            Files.writeString(home.resolve("etc/org.ops4j.datasource-opora.cfg"), """
                    osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                    dataSourceName = opora
                    url = %s
                    user = %s
                    password = unused-the-test-cluster-trusts-local-connections
                    """.formatted(pg.url("opora"), PostgresCluster.USER), StandardCharsets.ISO_8859_1);

            try (RunningDistribution opora = RunningDistribution.startIn(home, RunningDistribution.DEMO_MODULES, "")) {
                for (String unit : UNITS) {
                    opora.awaitLog("Persistence unit " + unit + " of ", Duration.ofMinutes(1));
                }
                String log = Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.ISO_8859_1);
                assertFalse(log.contains("is not available"), opora.logExcerpt(40));
                assertFalse(Files.exists(home.resolve("data/derby/opora")), "no Derby database made");

                assertTrue(count(db, "SELECT COUNT(*) FROM oporacore.pupil") > 500, "the demo school's pupils");
                assertEquals(UNITS.length, count(db, "SELECT COUNT(DISTINCT table_schema) FROM"
                        + " information_schema.tables WHERE table_name = 'databasechangelog'"));

                HttpURLConnection health = (HttpURLConnection) URI.create(opora.httpUrl("/system/health")).toURL()
                        .openConnection();
                String json = new String((health.getResponseCode() < 400 ? health.getInputStream()
                        : health.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(json.contains("{\"name\":\"Database\",\"status\":\"OK\"")
                        && json.contains("Database PostgreSQL answered"), json);

                try (Browser browser = new Browser()) {
                    browser.open(opora.url("/"));
                    browser.signIn("admin", opora.demoPassword("admin"));
                    browser.await(By.id("opora-home"));
                    assertTrue(browser.bodyText().contains("Здравствуйте, Администратор системы!"));
                }
                String verified = opora.console("opora:audit-verify");
                assertTrue(verified.contains("Audit journal intact"), verified);

                Path folder = home.resolveSibling("PostgreSqlDistributionIT-backups");
                String backedUp = opora.console("opora:backup --to " + folder);
                Matcher m = Pattern.compile("Backup written: (\\S+\\.obk)").matcher(backedUp);
                assertTrue(m.find(), backedUp);
                backup = Path.of(m.group(1));
                school = counts(db);
            }
            theBackupRestoresIntoAFreshDistributionAndAnEmptyDatabase(pg, home);
        }
    }

    private Path backup;
    private List<Long> school;

    private void theBackupRestoresIntoAFreshDistributionAndAnEmptyDatabase(PostgresCluster pg, Path backedUp)
            throws Exception {
        DataSource restored = pg.createDatabase("restored");
        Path fresh = RunningDistribution.unpackFresh("PostgreSqlDistributionIT-restored");
        Path datasource = fresh.resolveSibling("PostgreSqlDistributionIT-restored.cfg");
        Files.writeString(datasource, """
                osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                dataSourceName = opora
                url = %s
                user = %s
                password = unused-the-test-cluster-trusts-local-connections
                """.formatted(pg.url("restored"), PostgresCluster.USER), StandardCharsets.ISO_8859_1);
        Process p = new ProcessBuilder("sh", fresh.resolve("bin/opora-restore").toString(), "--passphrase-file",
                backedUp.resolve("etc/opora-backup.passphrase").toString(), "--datasource", datasource.toString(),
                backup.toString()).directory(fresh.toFile()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        assertTrue(said.contains("Restored the backup") && said.contains("/restored"), said);
        assertEquals(school, counts(restored), "pupils, programmes, meetings, documents and their files");
        assertTrue(Files.readString(fresh.resolve("etc/org.ops4j.datasource-opora.cfg")).contains("/restored"));

        try (RunningDistribution again = RunningDistribution.startIn(fresh,
                "opora-core,opora-consilium,opora-programmes,opora-patronage,opora-teacher-support", "")) {
            again.awaitLog("Persistence unit opora-consilium of ", Duration.ofMinutes(1));
            assertFalse(Files.exists(fresh.resolve("data/derby/opora")), "no Derby database made");
            String verified = again.console("opora:audit-verify");
            assertTrue(verified.contains("Audit journal intact"), verified);
            assertEquals(school, counts(restored), "the restored school starts as it was");
        }
    }

    /** Pupils, programmes, consilium meetings, documents, and the bytes of the documents' files. */
    private static List<Long> counts(DataSource db) throws Exception {
        return List.of(count(db, "SELECT COUNT(*) FROM oporacore.pupil"),
                count(db, "SELECT COUNT(*) FROM oporaprog.programme"),
                count(db, "SELECT COUNT(*) FROM oporacons.meeting"),
                count(db, "SELECT COUNT(*) FROM oporacore.document_register"),
                count(db, "SELECT COALESCE(SUM(LENGTH(content)), 0) FROM oporacore.document_file"));
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
