package org.opora.platform.backup.internal;

import java.io.BufferedInputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.opora.platform.persistence.postgresql.PostgresTools;

/**
 * {@code bin/opora-restore FILE}: puts an encrypted backup into a fresh unpacked distribution that has not run yet
 * (or whose {@code data/derby/opora} was moved away) — the database into {@code data/derby/opora}, the settings files
 * into {@code etc/}, the modules the installation had into {@code opora.modules}. A PostgreSQL installation's dump is
 * restored with {@code pg_restore} in one transaction into an empty database ({@link PostgresTools}). Everything is
 * decrypted and checked into a work folder first, so a wrong passphrase, a damaged file or a database that refuses
 * the dump changes nothing. Runs outside Karaf on plain JDK.
 */
public final class RestoreTool {

    /** Settings files that hold secrets: written readable by the owner only. */
    private static final Pattern SECRET = Pattern.compile(
            "opora-.*\\.password|opora-.*\\.p12|host\\.key|users\\.properties|keys\\.properties|.*\\.passphrase"
            + "|org\\.ops4j\\.datasource-.*\\.cfg");

    private static final String USAGE = "usage: bin/opora-restore [--passphrase-file F] [--datasource CFG] "
            + "[--postgresql-bin DIR] FILE";

    private RestoreTool() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("opora-restore: " + e.getMessage());
            System.exit(1);
        }
    }

    static String run(String[] args) throws IOException {
        Path file = null;
        Path home = Path.of(".");
        Path passphraseFile = null;
        Path datasource = null;
        String postgresqlBin = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i, "--home"));
                case "--passphrase-file" -> passphraseFile = Path.of(value(args, ++i, "--passphrase-file"));
                case "--datasource" -> datasource = Path.of(value(args, ++i, "--datasource"));
                case "--postgresql-bin" -> postgresqlBin = value(args, ++i, "--postgresql-bin");
                default -> {
                    if (file != null || args[i].startsWith("-")) {
                        throw new IllegalArgumentException(USAGE);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException(USAGE);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        if (datasource != null && !Files.isReadable(datasource)) {
            throw new IllegalArgumentException("cannot read " + datasource);
        }
        return restore(file, home.toAbsolutePath().normalize(), passphrase(passphraseFile), datasource,
                postgresqlBin);
    }

    static String restore(Path file, Path home, char[] passphrase) throws IOException {
        return restore(file, home, passphrase, null, "");
    }

    /**
     * Restores the backup into the distribution at {@code home}. A backup of a PostgreSQL installation is restored
     * into the database of {@code datasource} (a DataSource configuration, then kept as the installation's), or of the
     * backed-up installation's configuration when none is given; that database must hold no Opora schema yet.
     */
    static String restore(Path file, Path home, char[] passphrase, Path datasource, String postgresqlBin)
            throws IOException {
        Path database = home.resolve("data/derby/opora");
        Path etc = home.resolve("etc");
        if (!Files.isDirectory(etc) || !Files.isDirectory(home.resolve("system"))) {
            throw new IllegalArgumentException(home + " is not an Opora distribution (no etc/ and system/)");
        }
        if (Files.exists(database)) {
            throw new IllegalArgumentException(database + " exists: restore into a fresh unpacked distribution, or "
                    + "stop Opora and move that folder away first");
        }
        Path work = home.resolve("data/restore-" + System.currentTimeMillis());
        Files.createDirectories(work);
        restrict(work, "rwx------");
        try {
            Properties info;
            try (InputStream in = BackupCipher.decrypt(new BufferedInputStream(Files.newInputStream(file)),
                    passphrase)) {
                info = BackupArchive.extract(in, work);
            }
            Path dump = work.resolve("db").resolve(PostgresTools.DUMP);
            boolean postgres = Files.isRegularFile(dump);
            String into = database.toString();
            if (postgres) {
                Path cfg = datasource != null ? datasource
                        : work.resolve("etc").resolve(PostgresTools.DATASOURCE_FILE);
                if (!Files.isRegularFile(cfg)) {
                    throw new IOException("the backup of a PostgreSQL installation holds no "
                            + PostgresTools.DATASOURCE_FILE + "; name the database with --datasource FILE");
                }
                PostgresTools.Connection target = PostgresTools.Connection.of(cfg);
                PostgresTools.restore(target, dump, postgresqlBin);
                into = target.uri();
            } else if (!Files.isRegularFile(work.resolve("db/service.properties"))) {
                throw new IOException("the backup holds no Derby database");
            }
            int settings = putSettings(work.resolve("etc"), etc);
            if (datasource != null) {
                Files.copy(datasource, etc.resolve(PostgresTools.DATASOURCE_FILE), StandardCopyOption.REPLACE_EXISTING);
                restrict(etc.resolve(PostgresTools.DATASOURCE_FILE), "rw-------");
            }
            String modules = info.getProperty("modules", "");
            if (!modules.isBlank()) {
                setModules(etc.resolve("custom.system.properties"), modules);
            }
            Path passphraseFile = etc.resolve(BackupArchive.PASSPHRASE_FILE);
            if (!Files.exists(passphraseFile)) {
                Files.writeString(passphraseFile, new String(passphrase), StandardCharsets.UTF_8);
                restrict(passphraseFile, "rw-------");
            }
            if (!postgres) {
                Files.createDirectories(database.getParent());
                Files.move(work.resolve("db"), database);
            }
            return "Restored the backup of " + info.getProperty("created", "?") + " (Opora "
                    + info.getProperty("version", "?") + ") into " + home + ": the database (" + into + "), " + settings
                    + " settings files" + (modules.isBlank() ? "" : ", modules " + modules)
                    + ". Start it with bin/start (or bin/karaf).";
        } finally {
            deleteTree(work);
        }
    }

    private static int putSettings(Path from, Path etc) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path to = etc.resolve(from.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
            if (SECRET.matcher(to.getFileName().toString()).matches()) {
                restrict(to, "rw-------");
            }
        }
        return files.size();
    }

    /** The modules the backed-up installation ran are installed at the first start of the restored one. */
    static void setModules(Path properties, String modules) throws IOException {
        String line = "opora.modules = " + modules;
        String text = Files.exists(properties) ? Files.readString(properties, StandardCharsets.ISO_8859_1) : "";
        Matcher m = Pattern.compile("(?m)^[ \\t]*opora\\.modules[ \\t]*[=:].*$").matcher(text);
        text = m.find() ? m.replaceAll(Matcher.quoteReplacement(line)) : text + System.lineSeparator() + line
                + System.lineSeparator();
        Files.writeString(properties, text, StandardCharsets.ISO_8859_1);
    }

    private static char[] passphrase(Path file) throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
        String env = System.getenv("OPORA_BACKUP_PASSPHRASE");
        if (env != null && !env.isBlank()) {
            return env.strip().toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("give the backup passphrase: --passphrase-file F, or "
                    + "OPORA_BACKUP_PASSPHRASE, or run it in a terminal");
        }
        char[] typed = console.readPassword("Backup passphrase: ");
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException("no passphrase given");
        }
        return typed;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Owner-only permissions where the file system has POSIX permissions (else the folder's protection applies). */
    static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
