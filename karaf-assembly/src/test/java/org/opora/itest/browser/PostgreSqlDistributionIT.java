package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.opora.platform.testing.PostgresCluster;

/**
 * The shipped distribution on PostgreSQL by configuration only: a fresh copy whose
 * {@code etc/org.ops4j.datasource-opora.cfg} names the PostgreSQL driver and a database of a throw-away cluster
 * (Debian's {@code postgresql}; skipped, saying so, where it is not installed) starts every module with the demo
 * school, as an operator would after following docs/operations.md: each module's schema is migrated in PostgreSQL,
 * no Derby database is made, the health check reports the database, the demo data is there, the administrator
 * signs in, and the audit chain verifies. A second node then joins on the same database behind HAProxy with the
 * example configuration of docs/examples: it migrates nothing, a user's session stays on one node through the proxy,
 * and of two users editing the same programme on the two nodes the second is told of the conflict and then reads the
 * first one's save; a setting changed on node A is in force on node B at B's next poll. Last, {@code opora:backup}
 * backs the running school up with {@code pg_dump}, and
 * {@code bin/opora-restore --datasource} puts it into a fresh copy of the distribution and an empty database of the
 * same cluster: started, it has the same pupils, programmes, consilium meetings and documents with their files, and an
 * intact audit chain.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgreSqlDistributionIT {

    private static final String[] UNITS = { "opora-security", "opora-audit", "opora-core", "opora-consilium",
        "opora-programmes", "opora-patronage", "opora-teacher-support" };
    private static final String MODULES =
            "opora-core,opora-consilium,opora-programmes,opora-patronage,opora-teacher-support";
    /** Each node as docs/examples/haproxy-opora.cfg asks: one of several, behind the proxy. */
    private static final String NODE = "-Dopora.cluster=true -Dopora.http.behindProxy=true";

    private static PostgresCluster pg;
    private static DataSource db;
    private static Path home;
    private static RunningDistribution opora;
    private static final List<AutoCloseable> RUNNING = new ArrayList<>();

    @BeforeAll
    static void startOnPostgreSql() throws Exception {
        pg = PostgresCluster.startOrSkip();
        db = pg.createDatabase("opora");
        home = RunningDistribution.unpackFresh("PostgreSqlDistributionIT");
        writeDatasource(home.resolve("etc/org.ops4j.datasource-opora.cfg"), "opora");
        opora = RunningDistribution.startIn(home, RunningDistribution.DEMO_MODULES, NODE);
        RUNNING.add(opora);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (int i = RUNNING.size() - 1; i >= 0; i--) {
            RUNNING.get(i).close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    @Order(1)
    void theDistributionRunsEveryModuleAndTheDemoSchoolOnPostgreSql() throws Exception {
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

    @Test
    @Order(2)
    void aSecondNodeJoinsBehindHaProxyAndTheSecondOfTwoEditsOfOneProgrammeIsAConflict() throws Exception {
        Optional<Path> haproxy = Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(haproxy.isPresent(), "HAProxy is not installed (Debian: apt-get install haproxy; "
                + "bash test installs it)");
        Path nodeHome = RunningDistribution.unpackFresh("PostgreSqlDistributionIT-node-b");
        writeDatasource(nodeHome.resolve("etc/org.ops4j.datasource-opora.cfg"), "opora");
        RunningDistribution nodeB = RunningDistribution.startIn(nodeHome, MODULES, NODE);
        RUNNING.add(nodeB);
        for (String unit : UNITS) {
            nodeB.awaitLog("Persistence unit " + unit + " of ", Duration.ofMinutes(1));
        }
        String log = Files.readString(nodeHome.resolve("data/log/karaf.log"), StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("One of several nodes on the database (opora.cluster = true)"), nodeB.logExcerpt(40));
        assertFalse(log.contains(" gets ") && log.contains("change set(s)"), "the second node migrates nothing");
        assertEquals(UNITS.length, countMatches(log, "Schema \\S+ is up to date with "), nodeB.logExcerpt(40));
        settingChangedOnNodeAIsInForceOnNodeB(nodeB);

        int port = freePort();
        Path config = home.resolveSibling("PostgreSqlDistributionIT-haproxy.cfg");
        Files.writeString(config, haproxyConfig(port, opora.httpPort(), nodeB.httpPort()));
        Process proxy = new ProcessBuilder(haproxy.get().toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(home.resolveSibling("haproxy.log").toFile()).start();
        RUNNING.add(proxy::destroy);
        awaitPort(port);

        String password = opora.demoPassword("psychologist");
        String programme;
        try (Browser viaProxy = new Browser()) {
            viaProxy.open("http://127.0.0.1:" + port + "/pupils");
            viaProxy.signIn("psychologist", password);
            viaProxy.awaitText("Найдено: ");
            viaProxy.clickFirstGridRow("pupils-grid");
            String pupil = viaProxy.await(By.id("pupil-name")).getText();
            String node = nodeCookie(viaProxy);
            assertNotNull(node, "the proxy pins the session to a node");
            for (String page : List.of("/pupils", "/programmes", "/consilium/meetings", "/")) {
                viaProxy.open("http://127.0.0.1:" + port + page);
                viaProxy.settle();
                assertFalse(viaProxy.bodyText().contains("Войти"), "still signed in on " + page);
                assertEquals(node, nodeCookie(viaProxy));
            }
            viaProxy.open("http://127.0.0.1:" + port + "/programmes");
            viaProxy.click("programmes-new");
            viaProxy.choose("programme-pupil", pupil);
            viaProxy.click("programme-new-save");
            viaProxy.await(By.id("programme-tab-form"));
            programme = viaProxy.path();
        }

        try (Browser onA = new Browser(); Browser onB = new Browser()) {
            onA.open(opora.url(programme));
            onA.signIn("psychologist", password);
            onA.await(By.id("programme-grounds"));
            onB.open(nodeB.url(programme));
            onB.signIn("psychologist", password);
            onB.await(By.id("programme-grounds"));

            onA.fill("programme-grounds", "Трудности адаптации после перевода (узел A)");
            onA.click("programme-save");
            onA.awaitText("Программа сохранена");
            onB.fill("programme-grounds", "Тревожность на уроках (узел B)");
            onB.click("programme-save");
            onB.awaitText("Запись изменена другим пользователем");
            onB.click("conflict-confirm");
            onB.awaitValue("programme-grounds", "Трудности адаптации после перевода (узел A)"); // A's save, on B
        }
        String verified = nodeB.console("opora:audit-verify");
        assertTrue(verified.contains("Audit journal intact"), "one chain written by two nodes: " + verified);
    }

    /**
     * A setting the school changes on node A (here with {@code opora:config-import}; the «Настройки» form stores the
     * same way) reaches node B's Configuration Admin at B's next poll of the shared settings (every 5 s by default).
     */
    private static void settingChangedOnNodeAIsInForceOnNodeB(RunningDistribution nodeB) throws Exception {
        String pid = "org.opora.core.rules";
        assertFalse(nodeB.console("config:list \"(service.pid=" + pid + ")\"").contains("maxFileMegabytes = 33"));
        Path file = home.resolveSibling("PostgreSqlDistributionIT-rules.opora");
        Files.writeString(file, "format = opora-school-configuration 1\n[settings " + pid + "]\n"
                + "maxFileMegabytes = 33\n", StandardCharsets.UTF_8);
        String applied = opora.console("opora:config-import " + file);
        assertTrue(applied.contains("Configuration applied: 1 settings"), applied);
        long changed = System.nanoTime();

        String onB = "";
        for (int i = 0; i < 60 && !onB.contains("maxFileMegabytes = 33"); i++) {
            Thread.sleep(1000);
            onB = nodeB.console("config:list \"(service.pid=" + pid + ")\"");
        }
        assertTrue(onB.contains("maxFileMegabytes = 33"), "node B took node A's setting: " + onB);
        System.out.printf("Shared setting in force on node B %.1f s after node A's change%n",
                (System.nanoTime() - changed) / 1e9);
        nodeB.awaitLog("Shared settings: " + pid + " taken from revision", Duration.ofSeconds(30));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM oporausers.shared_setting WHERE pid = '" + pid + "'"));
    }

    private static Path backup;
    private static List<Long> school;

    @Test
    @Order(3)
    void theRunningSchoolIsBackedUpAndRestoredIntoAFreshDistributionAndAnEmptyDatabase() throws Exception {
        Path folder = home.resolveSibling("PostgreSqlDistributionIT-backups");
        String backedUp = opora.console("opora:backup --to " + folder);
        Matcher m = Pattern.compile("Backup written: (\\S+\\.obk)").matcher(backedUp);
        assertTrue(m.find(), backedUp);
        backup = Path.of(m.group(1));
        school = counts(db);

        DataSource restored = pg.createDatabase("restored");
        Path fresh = RunningDistribution.unpackFresh("PostgreSqlDistributionIT-restored");
        Path datasource = fresh.resolveSibling("PostgreSqlDistributionIT-restored.cfg");
        writeDatasource(datasource, "restored");
        Process p = new ProcessBuilder("sh", fresh.resolve("bin/opora-restore").toString(), "--passphrase-file",
                home.resolve("etc/opora-backup.passphrase").toString(), "--datasource", datasource.toString(),
                backup.toString()).directory(fresh.toFile()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        assertTrue(said.contains("Restored the backup") && said.contains("/restored"), said);
        assertEquals(school, counts(restored), "pupils, programmes, meetings, documents and their files");
        assertTrue(Files.readString(fresh.resolve("etc/org.ops4j.datasource-opora.cfg")).contains("/restored"));

        try (RunningDistribution again = RunningDistribution.startIn(fresh, MODULES, "")) {
            again.awaitLog("Persistence unit opora-consilium of ", Duration.ofMinutes(1));
            assertFalse(Files.exists(fresh.resolve("data/derby/opora")), "no Derby database made");
            String verified = again.console("opora:audit-verify");
            assertTrue(verified.contains("Audit journal intact"), verified);
            assertEquals(school, counts(restored), "the restored school starts as it was");
        }
    }

    private static void writeDatasource(Path file, String database) throws IOException {
        Files.writeString(file, """
                osgi.jdbc.driver.name = PostgreSQL JDBC Driver
                dataSourceName = opora
                pool = hikari
                xa = false
                pool.maximumPoolSize = 10
                url = %s
                user = %s
                password = unused-the-test-cluster-trusts-local-connections
                """.formatted(pg.url(database), PostgresCluster.USER), StandardCharsets.ISO_8859_1);
    }

    /**
     * docs/examples/haproxy-opora.cfg as a test can run it: plain HTTP on a free loopback port instead of TLS on 443
     * (so without the redirect and the cookie's Secure flag), the log on standard output, the two nodes on loopback.
     */
    static String haproxyConfig(int port, int nodeA, int nodeB) throws IOException {
        Path example = Path.of(System.getProperty("opora.docs", "../docs")).resolve("examples/haproxy-opora.cfg");
        String text = Files.readString(example, StandardCharsets.UTF_8);
        String[][] changes = {
            { "    log /dev/log local0\n", "" },
            { "    log global\n", "" },
            { "    bind :443 ssl crt /etc/haproxy/opora.pem\n", "" },
            { "    bind :80\n", "    bind 127.0.0.1:" + port + "\n" },
            { "    http-request redirect scheme https unless { ssl_fc }\n", "" },
            { " httponly secure\n", " httponly\n" },
            { "10.0.0.11:8181", "127.0.0.1:" + nodeA },
            { "10.0.0.12:8181", "127.0.0.1:" + nodeB } };
        for (String[] change : changes) {
            assertTrue(text.contains(change[0]), "the example configuration has «" + change[0].strip() + "»");
            text = text.replace(change[0], change[1]);
        }
        return text;
    }

    /** The node HAProxy pinned the browser's session to (its cookie), or {@code null}. */
    private static String nodeCookie(Browser browser) {
        org.openqa.selenium.Cookie c = browser.cookie("OPORANODE");
        return c == null ? null : c.getValue();
    }

    private static int countMatches(String text, String regex) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + port);
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
