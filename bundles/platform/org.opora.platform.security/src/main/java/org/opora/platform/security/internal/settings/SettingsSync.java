package org.opora.platform.security.internal.settings;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's shared configurations the same as the database's: a change made here is written to the table and
 * then to the node ({@link #store}); the table's newer revisions are applied to the node at start ({@link #start})
 * and when a poll finds one ({@link #poll}). A change applied from the table goes to the node only, never back to the
 * table, so nothing loops; a node's own change comes back to it with its revision and changes nothing.
 *
 * <pre>{@code
 * SettingsSync sync = new SettingsSync(new SharedSettingsTable(dataSource), local);
 * sync.start();                      // seeds an upgraded installation once, then takes the table's values
 * sync.store("org.opora.core.rules", properties);
 * sync.poll();                       // every few seconds on PostgreSQL
 * }</pre>
 */
final class SettingsSync {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSync.class);

    private final SharedSettingsTable table;
    private final LocalConfigurations local;
    /** The newest revision applied to this node. */
    private long applied;

    SettingsSync(SharedSettingsTable table, LocalConfigurations local) {
        this.table = table;
        this.local = local;
    }

    /**
     * At the node's start: the first node of an installation whose table was never seeded copies its own shared
     * settings in; then every node takes the table's values.
     */
    synchronized void start() throws IOException {
        try {
            Map<String, String> own = new LinkedHashMap<>();
            local.shared().forEach((pid, props) -> own.put(pid, PropertyCodec.encode(props)));
            if (table.seedOnce(own)) {
                LOG.info("Shared settings: the table was empty; this node's {} shared configurations copied in",
                        own.size());
            }
            int changed = applySince(0);
            LOG.info("Shared settings: up to revision {}; {} configurations of this node taken from the database",
                    applied, changed);
        } catch (SQLException e) {
            throw new IOException("The shared settings could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Applies what other nodes changed since the last look; one {@code SELECT MAX(REVISION)} when nothing did.
     *
     * @return the number of this node's configurations changed
     */
    synchronized int poll() throws IOException {
        try {
            return table.latest() > applied ? applySince(applied) : 0;
        } catch (SQLException e) {
            throw new IOException("The shared settings could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Stores a configuration: a shared one in the table first (nothing changes anywhere when that fails), then on
     * this node; a node-local one on this node only.
     */
    synchronized void store(String pid, Dictionary<String, ?> properties) throws IOException {
        if (SharedPids.shared(pid)) {
            try {
                long revision = table.write(pid, properties == null ? null : PropertyCodec.encode(properties));
                LOG.info("Shared settings: {} stored as revision {}", pid, revision);
            } catch (SQLException e) {
                throw new IOException("The setting could not be stored in the database, so it was not changed: "
                        + e.getMessage(), e);
            }
        }
        local.write(pid, properties);
    }

    private int applySince(long revision) throws SQLException, IOException {
        int changed = 0;
        for (SharedSettingsTable.Row row : table.since(revision)) {
            if (SharedPids.shared(row.pid()) && local.write(row.pid(),
                    row.properties() == null ? null : PropertyCodec.decode(row.properties()))) {
                changed++;
                LOG.info("Shared settings: {} taken from revision {}", row.pid(), row.revision());
            }
            applied = Math.max(applied, row.revision());
        }
        return changed;
    }
}
