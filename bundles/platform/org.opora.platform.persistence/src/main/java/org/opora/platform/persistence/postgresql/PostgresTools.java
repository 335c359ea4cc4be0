package org.opora.platform.persistence.postgresql;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own tools for a backup and its restore: {@code pg_dump --format=custom} (a consistent snapshot of the
 * running database, taken in one repeatable-read transaction while users keep working) and
 * {@code pg_restore --single-transaction --exit-on-error} (all or nothing into an empty database). The connection
 * comes from the installation's DataSource configuration ({@code etc/org.ops4j.datasource-opora.cfg}): its JDBC URL is
 * turned into a libpq connection URI, its password handed over in {@code PGPASSWORD}, never on the command line.
 * Plain JDK only: {@code bin/opora-restore} and {@code bin/opora-db} run it outside Karaf with this bundle's jar on
 * the class path. Shared by the online backup ({@code org.opora.platform.backup}) and the copy before a module's
 * migration ({@code SchemaMigrator}).
 */
public final class PostgresTools {

    /** The dump's name inside a backup's {@code db/} folder. */
    public static final String DUMP = "opora.pgdump";
    /** The installation's DataSource configuration under etc/. */
    public static final String DATASOURCE_FILE = "org.ops4j.datasource-opora.cfg";

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql:(//([^/?]*))?/?([^?]*)(\\?(.*))?");
    /** Parameters of the JDBC URL that libpq knows under the same name. */
    private static final List<String> LIBPQ = List.of("sslmode", "sslcert", "sslkey", "sslrootcert",
            "connect_timeout", "options");
    /** Configuration Admin's interpolation of a secret kept in a file beside the settings: {@code $[secret:NAME]}. */
    private static final Pattern SECRET = Pattern.compile("\\$\\[secret:([A-Za-z0-9._-]+)\\]");
    private static final Pattern VERSIONED = Pattern.compile("/usr/lib/postgresql/(\\d+)/bin");

    private PostgresTools() {
    }

    /** Where and as whom to connect: a libpq URI, the user and the password (empty when the server needs none). */
    public record Connection(String uri, String user, String password) {

        /** The connection of a DataSource configuration file ({@code url}, {@code user}, {@code password}). */
        public static Connection of(Path datasourceCfg) throws IOException {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(datasourceCfg)) {
                p.load(in);
            }
            String url = p.getProperty("url", "").strip();
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(datasourceCfg + " names no PostgreSQL database (url = " + url
                        + ")");
            }
            Path folder = datasourceCfg.toAbsolutePath().getParent();
            return new Connection(PostgresTools.uri(url), secrets(p.getProperty("user", "").strip(), folder),
                    secrets(p.getProperty("password", "").strip(), folder));
        }

        @Override
        public String toString() {
            return uri + " as " + user;
        }
    }

    /**
     * A settings value with each {@code $[secret:NAME]} replaced by the content of the file NAME in {@code etc}, as
     * Configuration Admin's interpolation reads it.
     *
     * @throws IllegalArgumentException when a named file cannot be read
     */
    public static String secrets(String value, Path etc) throws IOException {
        Matcher m = SECRET.matcher(value);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Path file = etc.resolve(m.group(1));
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file + " named in the datasource's settings");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(Files.readString(file, StandardCharsets.UTF_8).strip()));
        }
        return m.appendTail(b).toString();
    }

    /**
     * The libpq connection URI of a PostgreSQL JDBC URL: {@code jdbc:postgresql://host:port/db?sslmode=require}
     * becomes {@code postgresql://host:port/db?sslmode=require}; {@code ssl=true} becomes {@code sslmode=require};
     * parameters only the JDBC driver knows are left out.
     *
     * @throws IllegalArgumentException when it is no PostgreSQL JDBC URL
     */
    public static String uri(String jdbcUrl) {
        Matcher m = JDBC.matcher(jdbcUrl.strip());
        if (!m.matches() || m.group(3).isEmpty()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a database: " + jdbcUrl);
        }
        String hosts = m.group(2) == null || m.group(2).isEmpty() ? "localhost" : m.group(2);
        Map<String, String> params = new LinkedHashMap<>();
        if (m.group(5) != null) {
            for (String pair : m.group(5).split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (LIBPQ.contains(key)) {
                    params.put(key, value);
                } else if ("ssl".equals(key) && "true".equalsIgnoreCase(value)) {
                    params.putIfAbsent("sslmode", "require");
                }
            }
        }
        StringBuilder uri = new StringBuilder("postgresql://").append(hosts).append('/').append(m.group(3));
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            uri.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return uri.toString();
    }

    /** Dumps the database into {@code file} in pg_dump's custom format. */
    public static void dump(Connection db, Path file, String binFolder) throws IOException {
        dump(db, file, binFolder, null);
    }

    /**
     * Dumps one schema of the database (its tables, their rows, Liquibase's history in it), or the whole database
     * when {@code schema} is {@code null}, into {@code file} in pg_dump's custom format:
     *
     * <pre>{@code
     * PostgresTools.dump(PostgresTools.Connection.of(etc.resolve(PostgresTools.DATASOURCE_FILE)),
     *         backups.resolve("oporacore.pgdump"), "", "oporacore");
     * }</pre>
     *
     * @param schema the schema as the database stores its name, or {@code null} for all of them
     */
    public static void dump(Connection db, Path file, String binFolder, String schema) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("pg_dump", binFolder), "--format=custom", "--no-owner",
                "--no-privileges", "--file=" + file, "--dbname=" + db.uri(), "--username=" + db.user()));
        if (schema != null) {
            command.add("--schema=" + schema);
        }
        run(command, db, "pg_dump");
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("pg_dump wrote no dump into " + file);
        }
    }

    /**
     * Restores a dump into the (empty) database, in one transaction that stops at the first error: a database that
     * already holds Opora's schemas, or any other failure, leaves it unchanged.
     */
    public static void restore(Connection db, Path file, String binFolder) throws IOException {
        run(List.of(tool("pg_restore", binFolder), "--no-owner", "--no-privileges", "--single-transaction",
                "--exit-on-error", "--dbname=" + db.uri(), "--username=" + db.user(), file.toString()), db,
                "pg_restore");
    }

    private static void run(List<String> command, Connection db, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", db.password());
        pb.environment().put("PGCONNECT_TIMEOUT", pb.environment().getOrDefault("PGCONNECT_TIMEOUT", "20"));
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(name + " (" + db + ") failed with exit code " + code
                        + (said.isEmpty() ? "" : ": " + said));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(name + " was interrupted", e);
        }
    }

    /**
     * The tool's path: in the configured folder when one is set; else the newest of Debian's
     * {@code /usr/lib/postgresql/N/bin} (a dump needs a pg_dump at least as new as the server); else the PATH's.
     */
    public static String tool(String name, String binFolder) {
        if (binFolder != null && !binFolder.isBlank()) {
            Path tool = Path.of(binFolder.strip()).resolve(name);
            if (!Files.isExecutable(tool)) {
                throw new IllegalArgumentException("PostgreSQL's " + name + " is not in " + binFolder
                        + " (setting postgresqlBin of org.opora.platform.backup)");
            }
            return tool.toString();
        }
        return newestDebian().map(bin -> bin.resolve(name)).filter(Files::isExecutable).map(Path::toString)
                .orElse(name);
    }

    /**
     * Whether the tool can be run here: found as {@link #tool} finds it, in the configured folder, Debian's or a
     * folder of the PATH.
     */
    public static boolean installed(String name, String binFolder) {
        String tool;
        try {
            tool = tool(name, binFolder);
        } catch (IllegalArgumentException notThere) {
            return false;
        }
        if (!tool.equals(name)) {
            return Files.isExecutable(Path.of(tool));
        }
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .anyMatch(d -> Files.isExecutable(Path.of(d, name)));
    }

    private static Optional<Path> newestDebian() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> bins = new ArrayList<>();
        try (Stream<Path> versions = Files.list(root)) {
            versions.map(v -> v.resolve("bin")).filter(b -> VERSIONED.matcher(b.toString()).matches())
                    .forEach(bins::add);
        } catch (IOException e) {
            return Optional.empty();
        }
        return bins.stream().max(Comparator.comparingInt(b -> {
            Matcher m = VERSIONED.matcher(b.toString());
            return m.matches() ? Integer.parseInt(m.group(1)) : 0;
        }));
    }
}
