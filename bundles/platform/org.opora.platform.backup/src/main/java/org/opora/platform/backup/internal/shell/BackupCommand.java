package org.opora.platform.backup.internal.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.backup.internal.OnlineBackup;

/** Backs up the running installation into one encrypted file. */
@Service
@Command(scope = "opora", name = "backup", description = "Backs up the running installation (the database and etc/) "
        + "into one file encrypted with the backup passphrase; restore it with bin/opora-restore.")
public class BackupCommand implements Action {

    @Reference
    OnlineBackup backup;

    @Option(name = "--to", aliases = "-t", description = "folder for the backup file (default: the folder of the "
            + "backup settings, 'backup' in the distribution folder)")
    String to;

    @Option(name = "--passphrase-file", aliases = "-p", description = "file holding the passphrase to encrypt with "
            + "(default: etc/opora-backup.passphrase)")
    String passphraseFile;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:backup", this::work);
    }

    private Object work() throws Exception {
        char[] passphrase = passphraseFile == null ? null
                : Files.readString(Path.of(passphraseFile), StandardCharsets.UTF_8).strip().toCharArray();
        OnlineBackup.Result r = backup.backup(to == null ? null : Path.of(to), passphrase);
        System.out.printf("Backup written: %s (%.1f MB in %.1f s)%n", r.file(), r.bytes() / 1048576.0,
                r.took().toMillis() / 1000.0);
        System.out.println("It is encrypted (AES-256-GCM) with the backup passphrase ("
                + (passphraseFile == null ? "etc/opora-backup.passphrase" : passphraseFile)
                + "): without that passphrase nobody, you included, can read or restore it. Keep a copy of the "
                + "passphrase away from this server. Restore: bin/opora-restore " + r.file());
        return null;
    }
}
