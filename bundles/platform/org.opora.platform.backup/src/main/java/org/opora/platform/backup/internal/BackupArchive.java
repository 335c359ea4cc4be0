package org.opora.platform.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What a backup holds, as a ZIP inside the encryption: {@code opora-backup.properties} (when, which version, which
 * modules), {@code db/} the Derby database folder as {@code SYSCS_BACKUP_DATABASE} copied it, and {@code etc/} the
 * installation's settings files — all but the backup passphrase itself, which the reader must bring. Plain JDK only,
 * for the restore tool.
 */
public final class BackupArchive {

    static final String INFO = "opora-backup.properties";
    static final String DB = "db/";
    static final String ETC = "etc/";
    /** The file of the backup passphrase under etc/: never inside a backup it opens. */
    public static final String PASSPHRASE_FILE = "opora-backup.passphrase";

    private BackupArchive() {
    }

    /** Writes the archive of a database copy and the etc/ folder; closes {@code out}. */
    static void write(OutputStream out, Properties info, Path database, Path etc) throws IOException {
        write(out, info, database, etc, Map.of());
    }

    /**
     * Writes the archive of a database copy, the etc/ folder and further settings files for etc/ (name, content),
     * each of them only when etc/ has no file of that name; closes {@code out}.
     */
    static void write(OutputStream out, Properties info, Path database, Path etc, Map<String, byte[]> moreSettings)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(INFO));
            info.store(zip, "Opora backup");
            zip.closeEntry();
            addTree(zip, database, DB);
            if (etc != null && Files.isDirectory(etc)) {
                addTree(zip, etc, ETC);
            }
            for (Map.Entry<String, byte[]> file : moreSettings.entrySet()) {
                if (etc == null || !Files.exists(etc.resolve(file.getKey()))) {
                    zip.putNextEntry(new ZipEntry(ETC + file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        }
    }

    static boolean backedUp(Path etcFile) {
        return !etcFile.getFileName().toString().startsWith(PASSPHRASE_FILE);
    }

    private static void addTree(ZipOutputStream zip, Path root, String prefix) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> !prefix.equals(ETC) || backedUp(p)).sorted()
                    .forEach(files::add);
        }
        for (Path file : files) {
            String name = prefix + root.relativize(file).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(name));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    /**
     * Unpacks an archive into {@code target} ({@code db/…}, {@code etc/…}) and returns its information; a name that
     * would leave the target is refused.
     */
    static Properties extract(InputStream in, Path target) throws IOException {
        Properties info = null;
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(INFO)) {
                    info = new Properties();
                    info.load(new NonClosing(zip));
                    continue;
                }
                if (!entry.getName().startsWith(DB) && !entry.getName().startsWith(ETC)) {
                    throw new IOException("unexpected entry in the backup: " + entry.getName());
                }
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root) || entry.isDirectory()) {
                    throw new IOException("unexpected entry in the backup: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        if (info == null) {
            throw new IOException("the backup holds no " + INFO);
        }
        return info;
    }

    /** Properties.load closes nothing, but be explicit that the ZIP stays open. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZIP stream goes on
        }
    }
}
