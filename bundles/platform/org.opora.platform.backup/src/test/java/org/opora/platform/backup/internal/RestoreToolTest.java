package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.opora.platform.backup.internal.BackupCipher.BadBackupException;

class RestoreToolTest {

    private static final char[] PASSPHRASE = "a backup passphrase".toCharArray();

    @TempDir
    Path dir;
    Path backup;
    Path fresh;

    @BeforeEach
    void aBackupAndAFreshDistribution() throws IOException {
        Path db = Files.createDirectories(dir.resolve("copy/opora"));
        Files.writeString(db.resolve("service.properties"), "dataEncryption=true\n");
        Files.createDirectories(db.resolve("seg0"));
        Files.writeString(db.resolve("seg0/c10.dat"), "rows");
        Path etc = Files.createDirectories(dir.resolve("old/etc"));
        Files.writeString(etc.resolve("custom.system.properties"), "opora.modules = opora-core\nopora.x = 1\n");
        Files.writeString(etc.resolve("opora-db.password"), "boot");
        Files.writeString(etc.resolve(BackupArchive.PASSPHRASE_FILE), new String(PASSPHRASE));
        Properties info = new Properties();
        info.setProperty("created", "2026-12-06T21:00:00Z");
        info.setProperty("modules", "opora-consilium,opora-core");
        backup = dir.resolve("opora-backup-20261206-210000.obk");
        try (OutputStream out = BackupCipher.encrypt(Files.newOutputStream(backup), PASSPHRASE, 1000)) {
            BackupArchive.write(out, info, db, etc);
        }
        fresh = dir.resolve("fresh");
        Files.createDirectories(fresh.resolve("system"));
        Files.createDirectories(fresh.resolve("etc"));
        Files.writeString(fresh.resolve("etc/custom.system.properties"), "opora.modules = opora-core\n");
    }

    @Test
    void theDatabaseSettingsAndModulesAreRestored() throws IOException {
        String said = RestoreTool.restore(backup, fresh, PASSPHRASE);
        assertTrue(said.contains("modules opora-consilium,opora-core"), said);
        assertEquals("rows", Files.readString(fresh.resolve("data/derby/opora/seg0/c10.dat")));
        String props = Files.readString(fresh.resolve("etc/custom.system.properties"));
        assertTrue(props.contains("opora.modules = opora-consilium,opora-core") && props.contains("opora.x = 1"), props);
        assertEquals("boot", Files.readString(fresh.resolve("etc/opora-db.password")));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fresh.resolve("etc/opora-db.password"))));
        // the passphrase was not in the backup; the restore keeps the one it was given for the next backups
        assertEquals(new String(PASSPHRASE), Files.readString(fresh.resolve("etc/opora-backup.passphrase")));
        try (Stream<Path> data = Files.list(fresh.resolve("data"))) {
            assertEquals(1, data.count(), "no work folder left");
        }
    }

    @Test
    void thePassphraseIsNotInsideTheBackup() throws IOException {
        Path peek = dir.resolve("peek");
        try (var in = BackupCipher.decrypt(Files.newInputStream(backup), PASSPHRASE)) {
            BackupArchive.extract(in, peek);
        }
        assertTrue(Files.exists(peek.resolve("etc/opora-db.password")));
        assertFalse(Files.exists(peek.resolve("etc/" + BackupArchive.PASSPHRASE_FILE)));
    }

    @Test
    void aWrongPassphraseChangesNothing() throws IOException {
        assertThrows(BadBackupException.class,
                () -> RestoreTool.restore(backup, fresh, "another passphrase".toCharArray()));
        assertFalse(Files.exists(fresh.resolve("data/derby")));
        assertEquals("opora.modules = opora-core\n", Files.readString(fresh.resolve("etc/custom.system.properties")));
        try (Stream<Path> data = Files.list(fresh.resolve("data"))) {
            assertEquals(0, data.count(), "no work folder left");
        }
    }

    @Test
    void anExistingDatabaseIsNeverOverwritten() throws IOException {
        Files.createDirectories(fresh.resolve("data/derby/opora"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RestoreTool.restore(backup, fresh, PASSPHRASE));
        assertTrue(e.getMessage().contains("fresh unpacked distribution"), e.getMessage());
    }

    @Test
    void theModulesLineIsAddedWhenMissing() throws IOException {
        Path props = dir.resolve("custom.system.properties");
        Files.writeString(props, "# nothing\n", StandardCharsets.ISO_8859_1);
        RestoreTool.setModules(props, "opora-core");
        assertTrue(Files.readString(props).contains("opora.modules = opora-core"));
    }
}
