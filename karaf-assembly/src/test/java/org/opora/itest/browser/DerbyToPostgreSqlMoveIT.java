package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opora.platform.testing.PostgresCluster;

/**
 * An existing school moved from the embedded Derby database to PostgreSQL as docs/operations.md tells an operator:
 * the shipped distribution runs the demo school on Derby and stops; its datasource is switched to an empty database
 * of a throw-away PostgreSQL cluster, it starts once there (the schemas are migrated, start-up seeds its rows) and
 * stops; {@code bin/opora-db move-to-postgresql} copies the data; started again, the school's pupils, programmes,
 * consilium meetings, documents with their files and the audit journal are all there, the administrator signs in, the
 * journal's chain verifies and new records get ids of their own.
 */
class DerbyToPostgreSqlMoveIT {

    /** The school's modules without the demo, as a school's installation has them. */
    private static final String MODULES = "opora-core,opora-consilium,opora-programmes,opora-patronage,"
            + "opora-teacher-support";

    /** Every module's persistence unit: its schema is migrated when the unit is ready. */
    private static final String[] UNITS = { "opora-security", "opora-audit", "opora-core", "opora-consilium",
        "opora-programmes", "opora-patronage", "opora-teacher-support" };

    /** What must arrive unchanged: a count (or a digest of the file bytes) per query, on Derby's names. */
    private static final Map<String, String> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("pupils", "SELECT COUNT(*) FROM OPORACORE.PUPIL");
        FACTS.put("programmes", "SELECT COUNT(*) FROM OPORAPROG.PROGRAMME");
        FACTS.put("consilium meetings", "SELECT COUNT(*) FROM OPORACONS.MEETING");
        FACTS.put("documents", "SELECT COUNT(*) FROM OPORACORE.DOCUMENT_REGISTER");
        FACTS.put("document files", "SELECT DOCUMENT_ID, CONTENT FROM OPORACORE.DOCUMENT_FILE ORDER BY DOCUMENT_ID");
        FACTS.put("audit entries", "SELECT COUNT(*) FROM OPORAAUDIT.AUDIT_LOG");
        FACTS.put("users", "SELECT COUNT(*) FROM OPORAUSERS.USERS");
    }

    @Test
    void theDemoSchoolMovesFromDerbyToPostgreSqlWithTheCommand() throws Exception {
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            Path home = RunningDistribution.unpackFresh("DerbyToPostgreSqlMoveIT");
            try (RunningDistribution derby = RunningDistribution.startIn(home, RunningDistribution.DEMO_MODULES, "")) {
                // each module's demo data is made in the background after the school's
                for (String module : new String[] { "consilium", "programmes", "patronage", "teacher support" }) {
                    derby.awaitLog("Demo " + module + " created", Duration.ofMinutes(2));
                }
            }
            Map<String, String> before = derbyFacts(home);
            assertTrue(Long.parseLong(before.get("pupils")) > 500, "the demo school's pupils: " + before);
            for (String fact : new String[] { "programmes", "consilium meetings", "documents" }) {
                assertTrue(Long.parseLong(before.get(fact)) > 0, "the demo's " + fact + ": " + before);
            }

            // step 1: the datasource names the new database; one start migrates every module's schema there. The
            // demo is a feature Karaf keeps in data/cache; a school has none, so the test drops Karaf's state and
            // starts with the school's modules alone, as a school's installation would start
            DataSource db = pg.createDatabase("opora");
            Files.writeString(home.resolve("etc/org.ops4j.datasource-opora.cfg"), """
                    osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                    dataSourceName = opora
                    pool = hikari
                    xa = false
                    pool.maximumPoolSize = 10
                    url = %s
                    user = %s
                    password = unused-the-test-cluster-trusts-local-connections
                    """.formatted(pg.url("opora"), PostgresCluster.USER), StandardCharsets.ISO_8859_1);
            deleteTree(home.resolve("data/cache"));
            newLog(home);
            try (RunningDistribution once = RunningDistribution.startIn(home, MODULES, "")) {
                awaitEveryUnit(once);
                Command refused = move(home);
                assertEquals(1, refused.exit(), refused.output());
                assertTrue(refused.output().contains("stop Opora first"), refused.output());
            }

            // step 2: the command, as the operator runs it
            long started = System.nanoTime();
            Command moved = move(home);
            System.out.println(moved.output() + "(the command took " + (System.nanoTime() - started) / 1_000_000
                    + " ms)");
            assertEquals(0, moved.exit(), moved.output());
            assertTrue(moved.output().contains("oporacore: ") && moved.output().contains("Moved "), moved.output());
            assertEquals(before, postgresFacts(db), moved.output());

            // step 3: Opora on PostgreSQL with the school's data
            newLog(home);
            try (RunningDistribution opora = RunningDistribution.startIn(home, MODULES, "")) {
                awaitEveryUnit(opora);
                assertEquals(before.get("pupils"), postgresFacts(db).get("pupils"));
                try (Browser browser = new Browser()) {
                    browser.open(opora.url("/"));
                    browser.signIn("admin", opora.demoPassword("admin"));
                    browser.await(By.id("opora-home"));
                    assertTrue(browser.bodyText().contains("Здравствуйте, Администратор системы!"));
                }
                String verified = opora.console("opora:audit-verify");
                assertTrue(verified.contains("Audit journal intact"), verified);
                opora.console("opora:user-add --password Moved-to-PG-2026 moved.user \"Moved User\"");
                assertEquals(Long.parseLong(before.get("users")) + 1,
                        Long.parseLong(postgresFacts(db).get("users")), "a new user next to the moved ones");
                String again = opora.console("opora:audit-verify");
                assertTrue(again.contains("Audit journal intact"), again);
            }
        }
    }

    private record Command(int exit, String output) {
    }

    private static Command move(Path home) throws Exception {
        Process p = new ProcessBuilder(home.resolve("bin/opora-db").toString(), "move-to-postgresql")
                .directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("bin/opora-db move-to-postgresql did not finish: " + out);
        }
        return new Command(p.exitValue(), out);
    }

    /** The facts read from the stopped distribution's Derby database with the Derby of its own system/ folder. */
    private static Map<String, String> derbyFacts(Path home) throws Exception {
        Path jar;
        try (Stream<Path> files = Files.walk(home.resolve("system/org/opora/org.opora.platform.derby"))) {
            jar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) loader.loadClass("org.apache.derby.jdbc.EmbeddedDriver")
                    .getDeclaredConstructor().newInstance();
            String url = "jdbc:derby:" + home.resolve("data/derby/opora");
            Map<String, String> facts;
            try (Connection c = driver.connect(url, new Properties())) {
                facts = facts(c, false);
            }
            try {
                driver.connect(url + ";shutdown=true", new Properties());
            } catch (SQLException shutDown) {
                // Derby reports its shutdown as an exception
            }
            return facts;
        }
    }

    private static Map<String, String> postgresFacts(DataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            return facts(c, true);
        }
    }

    private static Map<String, String> facts(Connection c, boolean lowerCase) throws Exception {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : FACTS.entrySet()) {
            String sql = lowerCase ? e.getValue().toLowerCase(java.util.Locale.ROOT) : e.getValue();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.getMetaData().getColumnCount() == 1) {
                    rs.next();
                    facts.put(e.getKey(), String.valueOf(rs.getLong(1)));
                } else {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    List<Long> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        sha.update(rs.getBytes(2));
                    }
                    facts.put(e.getKey(), ids.size() + " files, sha-256 " + HexFormat.of().formatHex(sha.digest()));
                }
            }
        }
        return facts;
    }

    private static void awaitEveryUnit(RunningDistribution opora) throws Exception {
        for (String unit : UNITS) {
            opora.awaitLog("Persistence unit " + unit + " of ", Duration.ofMinutes(2));
        }
    }

    /** Starts the log afresh, so that waiting for a line waits for this start's. */
    private static void newLog(Path home) throws Exception {
        Files.deleteIfExists(home.resolve("data/log/karaf.log"));
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
