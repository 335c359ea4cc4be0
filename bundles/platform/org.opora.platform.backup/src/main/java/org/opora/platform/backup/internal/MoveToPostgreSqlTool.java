package org.opora.platform.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;

import org.opora.platform.backup.internal.DatabaseMove.MoveRefused;
import org.opora.platform.persistence.postgresql.PostgresTools;

/**
 * {@code bin/opora-db move-to-postgresql [--derby FOLDER] [--boot-password-file FILE] [--replace]}: copies an
 * existing school's data from the embedded Derby database into the PostgreSQL database that
 * {@code etc/org.ops4j.datasource-opora.cfg} now names and on which Opora has started once (Opora stopped). Runs
 * outside Karaf on plain JDK, with the Derby and PostgreSQL drivers of the distribution's {@code system/} folder on
 * the class path.
 */
public final class MoveToPostgreSqlTool {

    static final String USAGE = "usage: bin/opora-db move-to-postgresql [--derby FOLDER] "
            + "[--boot-password-file FILE] [--replace]";

    private MoveToPostgreSqlTool() {
    }

    public static void main(String[] args) {
        // a timestamp without a zone is read and written in UTC, where every local time exists exactly once
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            run(args);
        } catch (IllegalArgumentException | MoveRefused | IOException e) {
            System.err.println("opora-db: " + e.getMessage());
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("opora-db: nothing was changed in PostgreSQL; the copy failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static Map<String, Long> run(String[] args) throws IOException, SQLException, MoveRefused {
        Path home = Path.of(".");
        Path folder = null;
        Path bootPasswordFile = null;
        boolean replace = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i));
                case "--derby" -> folder = Path.of(value(args, ++i));
                case "--boot-password-file" -> bootPasswordFile = Path.of(value(args, ++i));
                case "--replace" -> replace = true;
                default -> throw new IllegalArgumentException(USAGE);
            }
        }
        home = home.toAbsolutePath().normalize();
        Path etc = home.resolve("etc");
        Path derbyFolder = folder != null ? folder.toAbsolutePath().normalize() : home.resolve("data/derby/opora");
        Properties target = postgresSettings(etc);
        try (Connection derby = openDerby(derbyFolder, etc, bootPasswordFile)) {
            Map<String, Long> copied;
            try (Connection postgres = openPostgres(target)) {
                System.out.println("Copying " + derbyFolder + " into " + target.getProperty("url") + " …");
                copied = new DatabaseMove(derby, postgres, System.out::println).move(replace);
            }
            long rows = copied.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Moved " + rows + " rows of " + copied.size() + " schemas to PostgreSQL in one "
                    + "transaction. Start Opora (bin/start); the Derby database " + derbyFolder + " is left as it was.");
            return copied;
        } finally {
            shutDownDerby(derbyFolder);
        }
    }

    /** The PostgreSQL datasource's url, user and password, from the settings file Opora itself reads. */
    static Properties postgresSettings(Path etc) throws IOException {
        Path cfg = etc.resolve("org.ops4j.datasource-opora.cfg");
        if (!Files.isRegularFile(cfg)) {
            throw new IllegalArgumentException(cfg + " is missing: is " + etc.getParent() + " an Opora distribution?");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(cfg)) {
            p.load(in);
        }
        String url = p.getProperty("url", "").strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the datasource in " + cfg + " is not PostgreSQL (" + url + "): switch "
                    + "it to the new PostgreSQL database first, start Opora once, stop it, then run this command "
                    + "(docs/operations.md, \"Moving a Derby school to PostgreSQL\")");
        }
        Properties settings = new Properties();
        settings.setProperty("url", url);
        for (String key : new String[] { "user", "password" }) {
            String value = p.getProperty(key);
            if (value != null) {
                settings.setProperty(key, PostgresTools.secrets(value.strip(), etc));
            }
        }
        return settings;
    }

    private static Connection openDerby(Path folder, Path etc, Path bootPasswordFile) throws IOException {
        Path service = folder.resolve("service.properties");
        if (!Files.isRegularFile(service)) {
            throw new IllegalArgumentException("no Derby database at " + folder + " (no service.properties there);"
                    + " give its folder with --derby FOLDER");
        }
        Properties attributes = new Properties();
        if (Files.readString(service, StandardCharsets.ISO_8859_1).contains("dataEncryption=true")) {
            Path file = bootPasswordFile != null ? bootPasswordFile : etc.resolve(BootPassword.FILE);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("the Derby database is encrypted and " + file + " cannot be read;"
                        + " give its boot password's file with --boot-password-file FILE");
            }
            attributes.setProperty("bootPassword", Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        try {
            Connection c = driver("org.apache.derby.jdbc.EmbeddedDriver").connect("jdbc:derby:" + folder, attributes);
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            if (inUse(e)) {
                throw new IllegalArgumentException("the Derby database " + folder + " is in use: stop Opora first "
                        + "(bin/stop, then bin/status until it is not running)");
            }
            throw new IllegalArgumentException("cannot open the Derby database " + folder + ": " + e.getMessage());
        }
    }

    private static boolean inUse(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("XSDB6".equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException cause && "XSDB6".equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Connection openPostgres(Properties settings) {
        Properties login = new Properties();
        for (String key : new String[] { "user", "password" }) {
            if (settings.getProperty(key) != null) {
                login.setProperty(key, settings.getProperty(key));
            }
        }
        try {
            Connection c = driver("org.postgresql.Driver").connect(settings.getProperty("url"), login);
            if (c == null) {
                throw new IllegalArgumentException("the PostgreSQL driver does not take " + settings.getProperty("url"));
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalArgumentException("PostgreSQL at " + settings.getProperty("url") + " cannot be reached "
                    + "or refuses the login: " + e.getMessage());
        }
    }

    private static void shutDownDerby(Path folder) {
        try {
            driver("org.apache.derby.jdbc.EmbeddedDriver").connect("jdbc:derby:" + folder + ";shutdown=true",
                    new Properties());
        } catch (SQLException | IllegalArgumentException expected) {
            // Derby reports a successful shutdown as an exception (08006); a database never booted has nothing to do
        }
    }

    private static Driver driver(String className) {
        try {
            return (Driver) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("the JDBC driver " + className + " is not on the class path: " + e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(USAGE);
        }
        return args[i];
    }
}
