package org.opora.platform.security.internal.settings;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.opora.platform.api.settings.SharedSettings;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SharedSettings} of this node: the settings schools change, kept in the security schema's
 * {@code SHARED_SETTING} table and applied to this node's Configuration Admin at start and, on PostgreSQL, whenever
 * a poll every {@link SettingsSyncConfig#pollSeconds()} finds a newer revision. On embedded Derby there is one node:
 * the table is written (so that a move to PostgreSQL carries it) and nothing polls.
 */
@Component(service = SharedSettings.class, configurationPid = SettingsSyncConfig.PID)
@Designate(ocd = SettingsSyncConfig.class)
public class SharedSettingsService implements SharedSettings {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSettingsService.class);

    private final SettingsSync sync;
    private final boolean postgres;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "opora-settingsync");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> polling;

    /** @param unit held so that the security schema, with the table, is migrated before this starts */
    @Activate
    public SharedSettingsService(@Reference(target = "(dataSourceName=opora)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=opora-security)") EntityManagerFactory unit,
            @Reference ConfigurationAdmin configurations, SettingsSyncConfig config) throws SQLException {
        this.sync = new SettingsSync(new SharedSettingsTable(dataSource),
                new ConfigAdminConfigurations(configurations));
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        scheduler.execute(this::start);
        schedule(config);
    }

    @Modified
    void modified(SettingsSyncConfig config) {
        schedule(config);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    @Override
    public void store(String pid, Dictionary<String, ?> properties) throws IOException {
        sync.store(pid, properties);
    }

    private void start() {
        try {
            sync.start();
        } catch (IOException | RuntimeException e) {
            LOG.error("Shared settings: this node could not take the database's settings at start; on PostgreSQL"
                    + " the next poll takes them", e);
        }
    }

    private synchronized void schedule(SettingsSyncConfig config) {
        if (polling != null) {
            polling.cancel(false);
        }
        if (postgres) {
            long seconds = Math.max(1, config.pollSeconds());
            polling = scheduler.scheduleWithFixedDelay(this::poll, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private void poll() {
        try {
            sync.poll();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Shared settings: the look for other nodes’ changes failed; trying again: {}", e.getMessage());
        }
    }
}
