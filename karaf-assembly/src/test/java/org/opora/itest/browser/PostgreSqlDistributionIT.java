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
 * signs in, and the audit chain verifies.
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
            }
        }
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
