package org.opora.itest.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built distribution started as a real process (bin/karaf server) in a fresh copy under target/, with the
 * demo profile, on free ports — the way an operator runs it.
 */
final class RunningDistribution implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private final Process process;

    private RunningDistribution(Path home, int httpPort, Process process) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** Every module and the demo school, as bin/opora-demo starts them. */
    static final String DEMO_MODULES = "opora-core,opora-consilium,opora-programmes,opora-demo";

    static RunningDistribution start(String name) throws IOException, InterruptedException {
        return start(name, DEMO_MODULES);
    }

    /** Starts a fresh copy with the given modules installed on its first start (a comma-separated list). */
    static RunningDistribution start(String name, String modules) throws IOException, InterruptedException {
        Path assembly = Path.of(System.getProperty("opora.assembly", "target/assembly"));
        Path home = Path.of("target", name).toAbsolutePath();
        deleteTree(home);
        copyTree(assembly, home);
        int http = freePort();
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = \\d+", "sshPort = " + freePort());
        try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
            bin.forEach(p -> p.toFile().setExecutable(true));
        }
        // the demo profile as bin/opora-demo starts it: the port and the modules as system properties, etc/ untouched
        ProcessBuilder karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server");
        karaf.environment().put("EXTRA_JAVA_OPTS", "-Dopora.http.port=" + http + " -Dopora.modules=" + modules);
        Process process = karaf
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        RunningDistribution dist = new RunningDistribution(home, http, process);
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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceAll(regex, replacement), StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
