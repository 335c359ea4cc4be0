package org.opora.platform.backup.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.persistence.postgresql.AdvisoryLock;
import org.opora.platform.persistence.postgresql.PostgresTools;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs up the running installation: Derby copies the live database ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, a
 * consistent copy while users keep working) into a work folder under {@code data/} — on PostgreSQL,
 * {@code pg_dump} writes its snapshot there ({@link PostgresTools}) — and that copy with the
 * {@code etc/} settings goes into one file encrypted with the backup passphrase ({@link BackupCipher}). Run by the
 * console ({@code opora:backup}) and by the schedule of its settings, as the system only (explicitly,
 * {@link SystemWork}); every backup is journaled
 * (before it starts — no journal, no backup — and when it ends or fails).
 */
@Component(service = OnlineBackup.class, configurationPid = OnlineBackup.PID)
@Designate(ocd = BackupConfig.class)
public class OnlineBackup {

    static final String PID = "org.opora.platform.backup";
    static final String RECORD_TYPE = "platform.backup";
    private static final Logger LOG = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Features that are the platform's own parts, not modules a school chose. */
    private static final Set<String> PLATFORM_FEATURES = Set.of("opora-platform", "opora-http", "opora-derby",
            "opora-jpa", "opora-pdf", "opora-healthchecks");

    private final DataSource dataSource;
    private final AuditService audit;
    private final String version;
    private final Path home;
    private final Path etc;
    private final Path data;
    private final Clock clock = Clock.systemDefaultZone();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "opora-backup");
        t.setDaemon(true);
        return t;
    });
    private volatile BackupConfig config;
    private ScheduledFuture<?> next;

    /** Absent in the shell and the schedule (the system acts); present while the UI runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SecurityContext securityContext;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile FeaturesService features;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configurationAdmin;

    @Activate
    public OnlineBackup(@Reference(target = "(dataSourceName=opora)") DataSource dataSource,
            @Reference AuditService audit, BundleContext context, BackupConfig config) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.version = context.getBundle().getVersion().toString();
        this.home = Path.of(System.getProperty("karaf.home", ".")).toAbsolutePath().normalize();
        this.etc = Path.of(System.getProperty("karaf.etc", home.resolve("etc").toString()));
        this.data = Path.of(System.getProperty("karaf.data", home.resolve("data").toString()));
        this.config = config;
        schedule();
    }

    @Modified
    void modified(BackupConfig changed) {
        this.config = changed;
        schedule();
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    /** What a finished backup wrote. */
    public record Result(Path file, long bytes, Duration took) {
    }

    /**
     * Backs up the running installation into {@code folder} (the configured one when null) with the given
     * passphrase (etc/opora-backup.passphrase when null).
     *
     * @throws AccessDeniedException when a user's request (not the system) asks
     * @throws IllegalArgumentException when there is no passphrase or the folder cannot be written
     */
    public synchronized Result backup(Path folder, char[] passphrase) throws IOException, SQLException {
        requireSystem();
        Path target = (folder != null ? folder : home.resolve(config.folder())).toAbsolutePath().normalize();
        char[] secret = passphrase != null ? passphrase : storedPassphrase();
        if (target.startsWith(data.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("Backups must not go under data/ (" + target + "): a copy of the "
                    + "installation's folder would carry them along");
        }
        Files.createDirectories(target);
        Instant started = clock.instant();
        Path file = freeName(target, ZonedDateTime.now(clock).format(NAME_TIME));
        audit.record(new AuditEvent(AuditAction.EXPORT, RECORD_TYPE, file.getFileName().toString(),
                "online backup of the database and etc/ to " + file));
        Path work = data.resolve("tmp").resolve("opora-backup-" + started.toEpochMilli());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(work);
            RestoreTool.restrict(work, "rwx------");
            Path database = copyDatabase(work);
            Properties info = info(started, database);
            createPrivate(part);
            try (OutputStream out = BackupCipher.encrypt(new BufferedOutputStream(Files.newOutputStream(part),
                    1 << 16), secret)) {
                BackupArchive.write(out, info, database, etc, unfiledSettings());
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            Result result = new Result(file, Files.size(file), Duration.between(started, clock.instant()));
            journalAfter("backup written: " + file + ", " + result.bytes() + " bytes", file, null);
            LOG.info("Backup written to {} ({} bytes in {} ms)", file, result.bytes(), result.took().toMillis());
            return result;
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(part);
            journalAfter("backup failed: " + e.getMessage(), file, e);
            throw e;
        } finally {
            RestoreTool.deleteTree(work);
            if (passphrase == null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private void requireSystem() {
        if (!system(securityContext)) {
            throw new AccessDeniedException("system");
        }
    }

    /** Whether the thread works as the system, explicitly ({@link SystemWork}), and serves no user. */
    static boolean system(SecurityContext ctx) {
        return ctx == null ? SystemWork.system() : ctx.system();
    }

    /**
     * The entry after the backup: the one before it is what guards it, so a journal that fails now is logged and does
     * not turn a written backup into a failure (nor hide why one failed).
     */
    private void journalAfter(String summary, Path file, Exception failure) {
        try {
            audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, file.getFileName().toString(), summary));
        } catch (RuntimeException e) {
            LOG.error("The journal did not take the entry '{}'", summary, e);
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private char[] storedPassphrase() throws IOException {
        Path file = etc.resolve(BackupArchive.PASSPHRASE_FILE);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("No backup passphrase: " + file + " is missing (bin/karaf makes it at "
                    + "start) and none was given (--passphrase-file)");
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
    }

    /**
     * The database's own online backup into the work folder: Derby's copy of the running database (a folder with its
     * {@code service.properties}), or for PostgreSQL a {@code pg_dump} of it ({@code db/opora.pgdump}), each a
     * consistent snapshot taken while users keep working.
     */
    private Path copyDatabase(Path work) throws SQLException, IOException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
            if (product.contains("Derby")) {
                try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, work.toString());
                    call.execute();
                }
            }
        }
        if (product.contains("PostgreSQL")) {
            Path datasource = etc.resolve(PostgresTools.DATASOURCE_FILE);
            if (!Files.isReadable(datasource)) {
                throw new IllegalStateException("The PostgreSQL database is backed up with the connection of "
                        + datasource + ", which cannot be read");
            }
            Path folder = Files.createDirectories(work.resolve("opora"));
            PostgresTools.dump(PostgresTools.Connection.of(datasource), folder.resolve(PostgresTools.DUMP),
                    config.postgresqlBin());
            return folder;
        }
        if (!product.contains("Derby")) {
            throw new IllegalStateException("The online backup covers Apache Derby and PostgreSQL, not " + product);
        }
        try (var folders = Files.list(work)) {
            return folders.filter(p -> Files.isRegularFile(p.resolve("service.properties"))).findFirst()
                    .orElseThrow(() -> new IOException("Derby wrote no database copy into " + work));
        }
    }

    private Properties info(Instant started, Path database) throws IOException {
        Properties info = new Properties();
        info.setProperty("created", started.toString());
        info.setProperty("version", version);
        info.setProperty("modules", modules());
        if (Files.isRegularFile(database.resolve(PostgresTools.DUMP))) {
            info.setProperty("database", "PostgreSQL");
            info.setProperty("databaseEncrypted", "false");
            return info;
        }
        info.setProperty("database", "Apache Derby");
        Properties service = new Properties();
        try (var in = Files.newInputStream(database.resolve("service.properties"))) {
            service.load(in);
        }
        info.setProperty("databaseEncrypted", String.valueOf("true".equals(service.getProperty("dataEncryption"))));
        return info;
    }

    /** Opora's settings saved in the Settings view without a file in etc/, as etc/ files ({@link SettingsFiles}). */
    private Map<String, byte[]> unfiledSettings() {
        ConfigurationAdmin cm = configurationAdmin;
        Map<String, Dictionary<String, Object>> unfiled = new TreeMap<>();
        try {
            Configuration[] all = cm == null ? null : cm.listConfigurations("(service.pid=org.opora.*)");
            for (Configuration c : all == null ? new Configuration[0] : all) {
                if (c.getFactoryPid() == null && SettingsFiles.unfiled(c.getPid(), c.getProperties())) {
                    unfiled.put(c.getPid(), c.getProperties());
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("The settings saved without a file could not be read for the backup", e);
        }
        return SettingsFiles.files(unfiled);
    }

    /** The module features the installation runs, for the restored one's first start. */
    private String modules() {
        FeaturesService fs = features;
        if (fs == null) {
            return "";
        }
        try {
            return Arrays.stream(fs.listInstalledFeatures()).map(Feature::getName)
                    .filter(n -> n.startsWith("opora-") && !PLATFORM_FEATURES.contains(n)).distinct().sorted()
                    .collect(Collectors.joining(","));
        } catch (Exception e) {
            LOG.warn("The installed modules could not be listed for the backup", e);
            return "";
        }
    }

    private static Path freeName(Path folder, String time) {
        Path file = folder.resolve(Retention.PREFIX + time + Retention.SUFFIX);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(Retention.PREFIX + time + "-" + i + Retention.SUFFIX);
        }
        return file;
    }

    private static void createPrivate(Path file) throws IOException {
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private synchronized void schedule() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        BackupConfig c = config;
        if (c.scheduled() && !scheduler.isShutdown()) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            Duration delay = untilNext(now, c.hour(), c.minute());
            next = scheduler.schedule(this::scheduledRun, delay.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("Next scheduled backup at {}, to {}", now.plus(delay).toLocalDateTime().withNano(0),
                    home.resolve(c.folder()));
        }
    }

    private void scheduledRun() {
        BackupConfig c = config;
        try {
            Optional<AdvisoryLock.Held> held = ScheduledRunLock.tryTake(dataSource);
            if (held.isEmpty()) {
                LOG.info("Scheduled backup skipped: another node on the same database is taking it");
                return;
            }
            try (AdvisoryLock.Held lock = held.get()) {
                scheduledBackup(c);
            }
        } catch (Exception e) {
            LOG.error("The scheduled backup failed", e);
        } finally {
            schedule();
        }
    }

    private void scheduledBackup(BackupConfig c) throws Exception {
        SystemWork.call("scheduled backup", () -> {
            Path folder = home.resolve(c.folder());
            backup(folder, null);
            for (Path old : Retention.beyond(folder, c.keep())) {
                // journaled first: a removal the journal does not take is not done
                audit.record(new AuditEvent(AuditAction.DELETE, RECORD_TYPE, old.getFileName().toString(),
                        "backup removed, keeping the newest " + c.keep()));
                Files.deleteIfExists(old);
                LOG.info("Backup {} removed (keeping the newest {})", old, c.keep());
            }
            return null;
        });
    }

    /** Time from now until the next hour:minute of the local day (tomorrow's when today's has passed). */
    static Duration untilNext(ZonedDateTime now, int hour, int minute) {
        ZonedDateTime at = now.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        if (!at.isAfter(now)) {
            at = at.plusDays(1);
        }
        return Duration.between(now, at);
    }
}
