package org.opora.platform.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL cluster for tests: {@code initdb} into a temporary folder, {@code pg_ctl start} on a free
 * port of the loopback interface (its socket in the same folder), and on {@link #close()} {@code pg_ctl stop} and the
 * folder deleted. It never touches a cluster of the machine. The binaries are the ones of Debian's {@code postgresql}
 * package ({@code /usr/lib/postgresql/<version>/bin}, the newest), or those of the folder the system property
 * {@value #BIN_PROPERTY} names. PostgreSQL refuses to run as root: under root the commands run as the system user
 * {@code postgres} (or {@code nobody}), which then owns the folder. The server runs without fsync — the data is
 * thrown away.
 *
 * <pre>{@code
 * try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
 *     DataSource ds = pg.createDatabase("opora");
 * }
 * }</pre>
 */
public final class PostgresCluster implements AutoCloseable {

    /** The system property naming the folder of {@code initdb} and {@code pg_ctl}. */
    public static final String BIN_PROPERTY = "opora.postgresql.bin";
    /** The superuser of the cluster; the cluster trusts local connections, so it has no password. */
    public static final String USER = "opora";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final long TIMEOUT_SECONDS = 60;

    private final Path bin;
    private final Path dir;
    private final List<String> runAs;
    private final int port;
    private final Thread hook;
    private boolean stopped;

    private PostgresCluster(Path bin, Path dir, List<String> runAs, int port) {
        this.bin = bin;
        this.dir = dir;
        this.runAs = runAs;
        this.port = port;
        this.hook = new Thread(this::stopQuietly, "stop PostgreSQL on " + port);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts a cluster, or skips the calling test (a JUnit assumption) when the PostgreSQL binaries are not installed.
     *
     * @throws IllegalStateException when the binaries are there but the cluster does not start (with the server log)
     */
    public static PostgresCluster startOrSkip() {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL's initdb and pg_ctl were found neither in "
                + DEBIAN + "/<version>/bin nor in -D" + BIN_PROPERTY + ": the PostgreSQL test is skipped. Install them"
                + " with apt-get install postgresql (the test command ./test does).");
        return start(bin.get());
    }

    /** The folder of {@code initdb} and {@code pg_ctl}, if PostgreSQL is installed. */
    public static Optional<Path> binaries() {
        String configured = System.getProperty(BIN_PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            return Optional.of(Path.of(configured)).filter(PostgresCluster::hasBinaries);
        }
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(PostgresCluster::hasBinaries);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasBinaries(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    /** Makes and starts a cluster with the binaries of {@code bin}. */
    public static PostgresCluster start(Path bin) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(Path.of("/tmp"), "opora-pg-"); // short: the socket path has a limit
            List<String> runAs = runAs(dir);
            PostgresCluster cluster = new PostgresCluster(bin, dir, runAs, freePort());
            cluster.initAndStart();
            return cluster;
        } catch (IOException | RuntimeException e) {
            if (dir != null) {
                delete(dir);
            }
            throw new IllegalStateException("The PostgreSQL cluster did not start: " + e.getMessage(), e);
        }
    }

    /** Under root, the prefix that runs a command as an unprivileged user who owns {@code dir}. */
    private static List<String> runAs(Path dir) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        String user = "postgres";
        UserPrincipal owner;
        try {
            owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        } catch (IOException noPostgresUser) {
            user = "nobody";
            owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        }
        Files.setOwner(dir, owner);
        return List.of("runuser", "-u", user, "--");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void initAndStart() throws IOException {
        Path data = dir.resolve("data");
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "--encoding=UTF8",
                "--locale=C", "--no-sync");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -F", "start");
    }

    /** The JDBC address of a database of the cluster. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A DataSource to a database of the cluster, as the cluster's superuser. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url(database));
        ds.setUser(USER);
        return ds;
    }

    /** Creates an empty database (UTF-8) and returns a DataSource to it. */
    public DataSource createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name expected: " + name);
        }
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        return dataSource(name);
    }

    /** Stops the server at once (the data is thrown away) and deletes its folder. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs this very method
        }
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL on port " + port + " did not stop: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // the JVM is ending; the folder is left for the temp cleaner
        }
    }

    private void run(String... command) throws IOException {
        List<String> line = new ArrayList<>(runAs);
        line.addAll(List.of(command));
        Path log = dir.resolve("commands.log");
        Process p = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(command[0] + " interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                    + tail(log) + tail(dir.resolve("server.log")));
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path f : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a file the server still wrote while stopping: the temp cleaner takes the rest
        }
    }
}
