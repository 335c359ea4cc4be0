package org.opora.platform.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Changes the boot password of the encrypted database while it runs (Derby re-encrypts its data key under the new
 * password: {@code SYSCS_SET_DATABASE_PROPERTY('bootPassword', 'old , new')}) and puts the new one into
 * etc/opora-db.password, which the datasource reads at the next start. The new password is written next to the file
 * before the database takes it, so that it is never lost; as the system only, journaled before the change (and a
 * change Derby refused once more).
 */
@Component(service = BootPassword.class)
public class BootPassword {

    static final String FILE = "opora-db.password";

    private final DataSource dataSource;
    private final AuditService audit;
    private final Path etc;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SecurityContext securityContext;

    @Activate
    public BootPassword(@Reference(target = "(dataSourceName=opora)") DataSource dataSource,
            @Reference AuditService audit) {
        this.dataSource = dataSource;
        this.audit = audit;
        String karafEtc = System.getProperty("karaf.etc");
        this.etc = Path.of(karafEtc != null ? karafEtc : System.getProperty("karaf.home", ".") + "/etc");
    }

    /** Sets a new random boot password; returns the file that holds it. */
    public synchronized Path change() throws IOException, SQLException {
        if (!OnlineBackup.system(securityContext)) {
            throw new AccessDeniedException("system");
        }
        Path file = etc.resolve(FILE);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The database is not encrypted (no " + file + "): encrypt it first "
                    + "with bin/opora-db encrypt");
        }
        String old = Files.readString(file, StandardCharsets.UTF_8).strip();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String fresh = HexFormat.of().formatHex(random);
        Path pending = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(pending);
        if (Files.getFileStore(etc).supportsFileAttributeView("posix")) {
            Files.createFile(pending, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(pending, fresh, StandardCharsets.UTF_8);
        // journaled before it is made: a change of the key that leaves no trace is not made
        try {
            audit.record(new AuditEvent(AuditAction.ADMIN, "platform.database", "bootPassword",
                    "boot password of the encrypted database: change"));
        } catch (RuntimeException e) {
            Files.deleteIfExists(pending);
            throw e;
        }
        try (Connection c = dataSource.getConnection();
                CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            call.setString(1, "bootPassword");
            call.setString(2, old + " , " + fresh);
            call.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(pending);
            SQLException failed = new SQLException("Derby did not take the new boot password (is the database encrypted, and is "
                    + file + " its boot password?): " + e.getMessage(), e.getSQLState(), e);
            try {
                audit.record(new AuditEvent(AuditAction.ADMIN, "platform.database", "bootPassword",
                        "boot password of the encrypted database: not changed, Derby refused it"));
            } catch (RuntimeException journal) {
                failed.addSuppressed(journal);
            }
            throw failed;
        }
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
