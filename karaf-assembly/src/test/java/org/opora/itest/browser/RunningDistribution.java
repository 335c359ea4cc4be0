package org.opora.itest.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built distribution started as a real process (bin/karaf server) from the shipped tar.gz unpacked into a fresh
 * folder under target/, with the demo profile, on free ports — the way an operator runs it.
 */
final class RunningDistribution implements AutoCloseable {

    /** The console account the tests add to etc/users.properties, as an operator adds theirs. */
    private static final String CONSOLE_USER = "itest";
    private static final String CONSOLE_PASSWORD = "itest-" + Long.toHexString(System.nanoTime());

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final Process process;

    private RunningDistribution(Path home, int httpPort, int sshPort, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.process = process;
    }

    /** Every module and the demo school, as bin/opora-demo starts them. */
    static final String DEMO_MODULES =
            "opora-core,opora-consilium,opora-programmes,opora-patronage,opora-teacher-support,opora-demo";

    static RunningDistribution start(String name) throws IOException, InterruptedException {
        return start(name, DEMO_MODULES);
    }

    /** Starts a fresh copy with the given modules installed on its first start (a comma-separated list). */
    static RunningDistribution start(String name, String modules) throws IOException, InterruptedException {
        Path home = Path.of("target", name).toAbsolutePath();
        deleteTree(home);
        unpack(shippedArchive(), home);
        int http = freePort();
        int ssh = freePort();
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = \\d+", "sshPort = " + ssh);
        Files.writeString(home.resolve("etc/users.properties"), "\n" + CONSOLE_USER + " = " + CONSOLE_PASSWORD
                + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembus,ssh\n",
                StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
        // the demo profile as bin/opora-demo starts it: the port and the modules as system properties, etc/ untouched
        ProcessBuilder karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        karaf.environment().put("EXTRA_JAVA_OPTS", "-Dopora.http.port=" + http + " -Dopora.modules=" + modules);
        Process process = karaf
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        RunningDistribution dist = new RunningDistribution(home, http, ssh, process);
        dist.awaitLoginPage(Duration.ofMinutes(4));
        dist.awaitLog("Demo school created", Duration.ofMinutes(2)); // the core loads it in the background
        return dist;
    }

    /** The distribution's folder. */
    Path home() {
        return home;
    }

    /** The hot-deploy folder: a bundle dropped here is installed and started, removing it uninstalls it. */
    Path deployFolder() {
        return home.resolve("deploy");
    }

    String url(String path) {
        return "http://localhost:" + httpPort + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The password the demo profile generated for a demo user. */
    String demoPassword(String username) throws IOException, InterruptedException {
        Path file = home.resolve("data/opora-demo-users.txt");
        long end = System.currentTimeMillis() + 60_000;
        while (!Files.exists(file) && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(username) + "\\s+(\\S+)")
                .matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("no demo user " + username);
        }
        return m.group(1);
    }

    private void awaitLoginPage(Duration timeout) throws InterruptedException, IOException {
        long end = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited: " + Files.readString(home.resolve("console.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("login")).toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no login page within " + timeout);
    }

    /** Waits until the distribution has logged the text (e.g. a module's demo data being ready). */
    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        Path log = home.resolve("data/log/karaf.log");
        long end = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < end) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no '" + text + "' in the log within " + timeout);
    }

    /**
     * The distribution's log lines about features, views, warnings and errors, the last {@code lines} of them: what a
     * failed step prints so that a CI log, which keeps no files, tells what the server was doing.
     */
    String logExcerpt(int lines) {
        try {
            List<String> kept = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.ISO_8859_1)
                    .stream().filter(l -> l.contains("| WARN") || l.contains("| ERROR") || l.contains("View /")
                            || l.contains("features: ") || l.contains("| Done.") || l.contains("Demo "))
                    .toList();
            return String.join(System.lineSeparator(), kept.subList(Math.max(0, kept.size() - lines), kept.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : all) {
            h.onExit().toCompletableFuture().completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS).join();
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    /**
     * Runs a command in the Karaf console of the running distribution (bin/client over SSH, as an operator does)
     * and returns what it printed; fails when the client fails.
     */
    String console(String command) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-u", CONSOLE_USER, "-p", CONSOLE_PASSWORD, "-r", "10", command)
                .directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || client.exitValue() != 0) {
            throw new IllegalStateException("console '" + command + "' failed: " + out);
        }
        return out;
    }

    /** The tar.gz the build ships (property opora.distribution, else the one in target/). */
    private static Path shippedArchive() throws IOException {
        String given = System.getProperty("opora.distribution");
        if (given != null) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tar.gz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no distribution tar.gz in target/"));
        }
    }

    /** Unpacks the archive as an operator does (tar keeps the scripts executable). */
    private static void unpack(Path archive, Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", home.toString(),
                "--strip-components=1").redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceAll(regex, replacement), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
