package org.opora.itest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opora.itest.CrashProbe;

/**
 * The data at rest on the shipped distribution, as an operator handles it: an installation made without encryption
 * keeps a pupil's surname (here a person's name entered through the application) readable in its database files;
 * {@code bin/opora-db encrypt} and a restart encrypt it (the name is then nowhere in the files, the data still reads);
 * the boot password is changed while it runs and the next start opens the database with the new one; an online
 * backup ({@code opora:backup}) is made while it runs and does not contain the name; restored with
 * {@code bin/opora-restore} into a fresh copy, the copy starts with the data and an intact audit chain. A new
 * installation with {@code opora.db.encryption=true} creates its database encrypted from the first start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataAtRestIT {

    private static final String MODULES = "opora-core";
    /** A surname nobody else has, in Latin letters, so that it is the same bytes in every encoding Derby uses. */
    private static final String MARKER = "Zyxwquorthova";
    private static final String MARKER_2 = "Plimsvordeck";

    private static Path home;
    private static Path backup;
    private static final List<RunningDistribution> RUNNING = new ArrayList<>();

    @AfterAll
    static void stop() throws Exception {
        for (RunningDistribution d : RUNNING) {
            d.close();
        }
    }

    @Test
    @Order(1)
    void withoutEncryptionTheNameIsReadableInTheFiles() throws Exception {
        home = RunningDistribution.unpackFresh("DataAtRestIT");
        try (RunningDistribution opora = started(home, "")) {
            addUser(opora, "zyxw", MARKER + " Anna");
        }
        assertTrue(filesContaining(home.resolve("data/derby/opora"), MARKER).size() > 0,
                "an unencrypted database keeps the name in plain bytes");
        assertTrue(run(home, "bin/opora-db", "status").contains("database: not encrypted"));
        Path passphrase = home.resolve("etc/opora-backup.passphrase");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passphrase)),
                "the backup passphrase made at the first start is the owner's only");
    }

    @Test
    @Order(2)
    void encryptedTheDataStillReadsAndTheBootPasswordChanges() throws Exception {
        String said = run(home, "bin/opora-db", "encrypt");
        assertTrue(said.contains("encrypted at this start"), said);
        Path secret = home.resolve("etc/opora-db.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        String firstPassword = Files.readString(secret);
        assertFalse(Files.readString(home.resolve("etc/org.ops4j.datasource-opora.cfg")).contains(firstPassword),
                "the datasource refers to the password file, never the password");
        try (RunningDistribution opora = started(home, "")) {
            assertTrue(opora.console("opora:user-list").contains(MARKER), "the data reads after encryption");
            addUser(opora, "plims", MARKER_2 + " Boris");
            String changed = opora.console("opora:db-boot-password");
            assertTrue(changed.contains("boot password is changed"), changed);
            assertFalse(firstPassword.equals(Files.readString(secret)), "a new boot password in the file");
            Path folder = home.resolveSibling("DataAtRestIT-backups");
            String backedUp = opora.console("opora:backup --to " + folder);
            assertTrue(backedUp.contains("without that passphrase"), backedUp);
            Matcher m = Pattern.compile("Backup written: (\\S+\\.obk)").matcher(backedUp);
            assertTrue(m.find(), backedUp);
            backup = Path.of(m.group(1));
            assertTrue(opora.console("opora:audit-verify").contains("Audit journal intact, "));
        }
        String status = run(home, "bin/opora-db", "status");
        assertTrue(status.contains("database: encrypted"), status);
        for (String name : List.of(MARKER, MARKER_2, "zyxw")) {
            assertEquals(List.of(), filesContaining(home.resolve("data/derby/opora"), name),
                    "no database file holds " + name);
        }
        assertEquals(List.of(), filesContaining(home.resolve("data/log"), Files.readString(secret)),
                "the boot password is in no log");
        // a copy of the encrypted database (as an auditor is handed) is checked with the installation's boot password
        Path copy = home.resolveSibling("DataAtRestIT-copy");
        if (Files.exists(copy)) {
            try (Stream<Path> old = Files.walk(copy)) {
                for (Path f : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        try (Stream<Path> files = Files.walk(home.resolve("data/derby/opora"))) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(home.resolve("data/derby/opora").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        // the next start opens it with the changed boot password
        try (RunningDistribution opora = started(home, "")) {
            String users = opora.console("opora:user-list");
            assertTrue(users.contains(MARKER) && users.contains(MARKER_2), users);
            String checked = opora.console("opora:audit-verify --copy " + copy);
            assertTrue(checked.contains("Audit journal intact, "), checked);
        }
    }

    @Test
    @Order(3)
    void theBackupIsEncryptedAndRestoresIntoAFreshDistribution() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        byte[] content = Files.readAllBytes(backup);
        String raw = new String(content, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(MARKER) || raw.contains(MARKER_2) || raw.contains("opora-db.password")
                || raw.contains("service.properties"), "the backup file shows nothing of its content");
        Path fresh = RunningDistribution.unpackFresh("DataAtRestIT-restored");
        String restored = run(fresh, "bin/opora-restore", "--passphrase-file",
                home.resolve("etc/opora-backup.passphrase").toString(), backup.toString());
        assertTrue(restored.contains("Restored the backup"), restored);
        assertTrue(Files.readString(fresh.resolve("etc/custom.system.properties")).contains("opora.modules = opora-core"));
        assertEquals(Files.readString(home.resolve("etc/opora-backup.passphrase")),
                Files.readString(fresh.resolve("etc/opora-backup.passphrase")));
        try (RunningDistribution opora = started(fresh, "")) {
            String users = opora.console("opora:user-list");
            assertTrue(users.contains(MARKER) && users.contains(MARKER_2), users);
            String check = opora.console("opora:audit-verify");
            assertTrue(check.contains("Audit journal intact, "), check);
        }
        assertTrue(run(fresh, "bin/opora-db", "status").contains("database: encrypted"));
    }

    @Test
    @Order(4)
    void aNewInstallationWithTheOptionIsEncryptedFromTheStart() throws Exception {
        Path created = RunningDistribution.unpackFresh("DataAtRestIT-new");
        try (RunningDistribution opora = started(created, "-Dopora.db.encryption=true")) {
            addUser(opora, "zyxw", MARKER + " Anna");
            assertTrue(opora.console("opora:user-list").contains(MARKER));
            scheduledBackupKeepsTheNewest(opora, created);
            onlyTheAdminRoleBacksUp(opora, created);
        }
        assertTrue(Files.readString(created.resolve("console.log")).contains("created encrypted"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(created.resolve("etc/opora-db.password"))));
        String password = Files.readString(created.resolve("etc/opora-db.password"));
        assertEquals(List.of(), filesContaining(created.resolve("data/derby"), password), "no boot password in data/");
        assertEquals(List.of(), filesContaining(created.resolve("data/log"), password), "no boot password in data/");
        assertEquals(List.of(), filesContaining(created.resolve("data/derby/opora"), MARKER));
        assertTrue(run(created, "bin/opora-db", "status").contains("database: encrypted"));
    }

    /**
     * Crash safety (issue 18): saves stream in through the core's service (the probe bundle {@link CrashProbe}, each
     * acknowledged save forced to a file before the next) while the server is killed with SIGKILL; after the restart
     * every acknowledged save is there with its own data, at most the one in flight besides, nothing else, and the
     * audit journal's chain is intact — no half-written save or entry. On the encrypted installation of the tests
     * above.
     */
    @Test
    @Order(5)
    void aServerKilledWhileSavingLosesNoAcknowledgedSave() throws Exception {
        RunningDistribution opora = started(home, "");
        try (InputStream in = crashProbeJar()) {
            Files.copy(in, opora.deployFolder().resolve("org.opora.itest.crash.jar"));
        }
        Path acked = home.resolve("data").resolve(CrashProbe.ACKED);
        long end = System.currentTimeMillis() + 120_000;
        while (lines(acked) < 150 && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        assertTrue(lines(acked) > 0, "the probe saved nothing:\n" + opora.logExcerpt(30));
        opora.kill();
        RUNNING.remove(opora);
        try (RunningDistribution again = started(home, "")) {
            Path result = home.resolve("data").resolve(CrashProbe.RESULT);
            long wait = System.currentTimeMillis() + 180_000;
            while (!Files.exists(result) && System.currentTimeMillis() < wait) {
                Thread.sleep(250);
            }
            String said = Files.exists(result) ? Files.readString(result) : "(no result)";
            System.out.println("SIGKILL crash test: " + said);
            Matcher m = Pattern.compile("acked=(\\d+) found=(\\d+) missing=(\\d+) wrong=(\\d+)").matcher(said);
            assertTrue(m.find(), said + "\n" + again.logExcerpt(30));
            int ack = Integer.parseInt(m.group(1));
            int found = Integer.parseInt(m.group(2));
            assertTrue(ack > 0, said);
            assertEquals(0, Integer.parseInt(m.group(3)), "no acknowledged save is missing: " + said);
            assertEquals(0, Integer.parseInt(m.group(4)), "every save has its own data: " + said);
            assertTrue(found == ack || found == ack + 1, "at most the save in flight besides: " + said);
            String check = again.console("opora:audit-verify");
            assertTrue(check.contains("Audit journal intact, "), check);
            assertFalse(Files.exists(home.resolve("data").resolve("migration-backups")),
                    "starts with no new change sets make no copy of the database before migrating");
        }
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> l = Files.lines(file, StandardCharsets.US_ASCII)) {
            return l.count();
        }
    }

    /** The probe bundle: {@link CrashProbe}, importing the core's staff API. */
    private static InputStream crashProbeJar() throws IOException {
        String name = CrashProbe.class.getSimpleName();
        return org.ops4j.pax.tinybundles.TinyBundles.bundle()
                .symbolicName("org.opora.itest.crash")
                .setHeader("Bundle-ManifestVersion", "2")
                .setHeader("Bundle-Version", "1.0.0")
                .setHeader("Bundle-Activator", CrashProbe.class.getName())
                .setHeader("Import-Package", String.join(",", "org.osgi.framework", "org.osgi.util.tracker",
                        "org.opora.platform.api.security", "org.opora.core.api", "org.opora.core.api.staff"))
                .addResource("org/opora/itest/" + name + ".class",
                        Path.of("target", "test-classes", "org", "opora", "itest", name + ".class").toUri().toURL())
                .build(org.ops4j.pax.tinybundles.TinyBundles.rawBuilder());
    }

    /**
     * The scheduled backup as an operator sets it up in etc/: due in the coming minute, keeping 2 — two older backup
     * files and an unrelated file lie in the folder; afterwards the new backup and the newer old one are there, the
     * oldest is gone, the unrelated file untouched.
     */
    private static void scheduledBackupKeepsTheNewest(RunningDistribution opora, Path in) throws Exception {
        Path folder = Files.createDirectories(in.resolveSibling("DataAtRestIT-scheduled"));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(folder.resolve("opora-backup-20200101-023000.obk"), "old");
        Files.writeString(folder.resolve("opora-backup-20200102-023000.obk"), "newer");
        Files.writeString(folder.resolve("notes.txt"), "not a backup");
        java.time.LocalTime at = java.time.LocalTime.now().plusMinutes(1);
        Files.writeString(in.resolve("etc/org.opora.platform.backup.cfg"), "scheduled = true\nhour = " + at.getHour()
                + "\nminute = " + at.getMinute() + "\nfolder = " + folder + "\nkeep = 2\n");
        long end = System.currentTimeMillis() + 150_000;
        List<String> names = List.of();
        while (System.currentTimeMillis() < end) {
            try (Stream<Path> files = Files.list(folder)) {
                names = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (names.size() == 3 && !names.contains("opora-backup-20200101-023000.obk")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(3, names.size(), names.toString());
        assertEquals("notes.txt", names.get(0));
        assertEquals("opora-backup-20200102-023000.obk", names.get(1));
        assertTrue(names.get(2).matches("opora-backup-\\d{8}-\\d{6}\\.obk"), names.toString());
        opora.awaitLog("Backup written to " + folder, java.time.Duration.ofSeconds(10));
        opora.awaitLog("opora-backup-20200101-023000.obk removed (keeping the newest 2)", java.time.Duration.ofSeconds(10));
        assertTrue(opora.console("opora:audit-verify").contains("Audit journal intact, "));
    }

    /** A console account without the admin role may use the console but not back up (the command ACL). */
    private static void onlyTheAdminRoleBacksUp(RunningDistribution opora, Path in) throws Exception {
        Files.writeString(in.resolve("etc/users.properties"), "\nviewer1 = viewer-pw-" + MARKER + ",_g_:viewers\n"
                + "_g_\\:viewers = group,viewer,ssh\n", StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
        Path folder = in.resolveSibling("DataAtRestIT-viewer");
        String refused = opora.consoleAs("viewer1", "viewer-pw-" + MARKER, "opora:backup --to " + folder);
        assertFalse(refused.contains("Backup written"), refused);
        assertFalse(Files.exists(folder) && Files.list(folder).findAny().isPresent(), "no backup file");
        String allowed = opora.consoleAs("viewer1", "viewer-pw-" + MARKER, "opora:audit-verify");
        assertTrue(allowed.contains("Audit journal intact"), "the account itself works: " + allowed);
    }

    private static RunningDistribution started(Path in, String properties) throws Exception {
        RunningDistribution d = RunningDistribution.startIn(in, MODULES, properties);
        RUNNING.add(d);
        return d;
    }

    private static void addUser(RunningDistribution opora, String username, String name) throws Exception {
        String out = opora.console("opora:user-add -p 'Kq7-long-enough-pw' " + username + " \"" + name + "\"");
        assertFalse(out.contains("Refused"), out);
    }

    /** Files under the folder whose bytes contain the text (ASCII). */
    private static List<Path> filesContaining(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String run(Path in, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("sh", in.resolve(command[0]).toString()));
        args.addAll(List.of(command).subList(1, command.length));
        Process p = new ProcessBuilder(args).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }
}
