package org.opora.platform.audit.internal.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.audit.internal.ChainCheck;
import org.opora.platform.audit.internal.JournalAuditService;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Checks the audit journal's hash chain: of the running installation, or of a copy of its Derby database (a backup
 * folder) with {@code --copy}.
 */
@Service
@Command(scope = "opora", name = "audit-verify", description = "Checks that the audit journal's hash chain is "
        + "intact, or names the first entry that does not match. With --copy, checks a copy of the database instead.")
public class AuditVerifyCommand implements Action {

    @Reference
    JournalAuditService journal;

    @Reference(filter = "(osgi.jdbc.driver.name=derby)", optional = true)
    DataSourceFactory derby;

    @Option(name = "--copy", aliases = "-c", description = "folder of a copy of the Derby database (e.g. a backup of "
            + "data/derby/opora); opened for reading, never the running one")
    String copy;

    @Option(name = "--boot-password-file", description = "with --copy of an encrypted database: the file holding its "
            + "boot password (default: etc/opora-db.password of this installation)")
    String bootPasswordFile;

    @Override
    public Object execute() throws Exception {
        // the console's operator works as the system, explicitly
        return SystemWork.call("console: opora:audit-verify", this::work);
    }

    private Object work() throws Exception {
        ChainCheck check = copy == null ? journal.verify() : verifyCopy(Path.of(copy).toAbsolutePath().normalize());
        System.out.println(check.report());
        return null;
    }

    private ChainCheck verifyCopy(Path folder) throws SQLException, IOException {
        if (!Files.isRegularFile(folder.resolve("service.properties"))) {
            throw new IllegalArgumentException("Not a Derby database folder: " + folder);
        }
        if (derby == null) {
            throw new IllegalStateException("The Derby driver (pax-jdbc-derby) is not installed");
        }
        String url = "jdbc:derby:" + folder;
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        if (encrypted(folder)) {
            // Pax JDBC keeps only the URL's first attribute: the boot password goes as the data source's attributes
            props.setProperty("connectionAttributes", "bootPassword=" + bootPassword());
        }
        DataSource copyDb = derby.createDataSource(props);
        try {
            return JournalAuditService.verifyCopy(copyDb);
        } finally {
            shutDown(url);
        }
    }

    /** Whether Derby encrypted the database in the folder (its service.properties says so). */
    private static boolean encrypted(Path folder) throws IOException {
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("service.properties"))) {
            service.load(in);
        }
        return Boolean.parseBoolean(service.getProperty("dataEncryption", "false"));
    }

    private String bootPassword() throws IOException {
        Path file = bootPasswordFile != null ? Path.of(bootPasswordFile)
                : Path.of(System.getProperty("karaf.etc", "etc"), "opora-db.password");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The copy is encrypted: give its boot password with "
                    + "--boot-password-file (not found: " + file + ")");
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Closes the copy, so that its folder can be moved or removed afterwards. */
    private void shutDown(String url) {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url + ";shutdown=true");
        try (Connection c = derby.createDataSource(props).getConnection()) {
            // Derby answers a shutdown with an exception, never a connection
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }
}
