package org.opora.platform.security.internal.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The shared settings in the database ({@code OPORAUSERS.SHARED_SETTING}, change set
 * {@code security-3-shared-settings}): one row per configuration PID with its properties as {@link PropertyCodec}
 * text (null: deleted) and the revision of its last change. A writer first moves the head row's counter on, which
 * locks that row until its commit: revisions are committed in the order they are numbered, so a node that has read up
 * to revision {@code n} never misses a smaller one later. Every method is one transaction.
 *
 * <pre>{@code
 * long revision = table.write("org.opora.core.rules", "t.maxMinutes=Integer\nv.maxMinutes=45\n");
 * table.latest();          // SELECT MAX(REVISION): what a node polls
 * table.since(revision - 1); // the rows changed after what a node has
 * }</pre>
 */
final class SharedSettingsTable {

    private static final String SCHEMA = "OPORAUSERS";

    /** A stored configuration; {@code properties} null when it was deleted. */
    record Row(String pid, long revision, String properties) {
    }

    private final DataSource dataSource;

    SharedSettingsTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores one configuration's text (null: deleted) under a new revision, which it returns. */
    long write(String pid, String properties) throws SQLException {
        return inTransaction(c -> {
            long revision = nextRevision(c);
            upsert(c, pid, properties, revision);
            return revision;
        });
    }

    /**
     * Copies a node's settings in when no node did so before (the first start after an upgrade): marks the table
     * seeded and writes each configuration the table does not hold yet.
     *
     * @return whether this call seeded the table; false when it had been seeded before
     */
    boolean seedOnce(Map<String, String> configurations) throws SQLException {
        return inTransaction(c -> {
            head(c);
            try (PreparedStatement p = c.prepareStatement("UPDATE " + SCHEMA
                    + ".SHARED_SETTING_HEAD SET SEEDED = ? WHERE ID = 1 AND SEEDED = ?")) {
                p.setBoolean(1, true);
                p.setBoolean(2, false);
                if (p.executeUpdate() == 0) {
                    return false;
                }
            }
            for (Map.Entry<String, String> e : configurations.entrySet()) {
                if (!exists(c, e.getKey())) {
                    upsert(c, e.getKey(), e.getValue(), nextRevision(c));
                }
            }
            return true;
        });
    }

    /** The newest revision; 0 when nothing was ever stored. */
    long latest() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(REVISION) FROM " + SCHEMA + ".SHARED_SETTING")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The configurations changed after a revision, oldest change first. */
    List<Row> since(long revision) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT PID, REVISION, PROPERTIES FROM " + SCHEMA + ".SHARED_SETTING WHERE REVISION > ?"
                        + " ORDER BY REVISION")) {
            p.setLong(1, revision);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getLong(2), r.getString(3)));
                }
            }
            return rows;
        }
    }

    /** Moves the head's counter on, holding its row lock until the commit. */
    private static long nextRevision(Connection c) throws SQLException {
        head(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + SCHEMA + ".SHARED_SETTING_HEAD SET LAST_REVISION = LAST_REVISION + 1"
                    + " WHERE ID = 1");
            try (ResultSet r = s.executeQuery("SELECT LAST_REVISION FROM " + SCHEMA
                    + ".SHARED_SETTING_HEAD WHERE ID = 1")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The head row, put back when it is missing (the change set inserts it). */
    private static void head(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".SHARED_SETTING_HEAD")) {
            r.next();
            if (r.getLong(1) > 0) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + SCHEMA + ".SHARED_SETTING_HEAD (ID, LAST_REVISION, SEEDED) SELECT 1,"
                    + " COALESCE(MAX(REVISION), 0), " + "CASE WHEN COUNT(*) > 0 THEN TRUE ELSE FALSE END FROM "
                    + SCHEMA + ".SHARED_SETTING");
        }
    }

    private static boolean exists(Connection c, String pid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM " + SCHEMA + ".SHARED_SETTING WHERE PID = ?")) {
            p.setString(1, pid);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void upsert(Connection c, String pid, String properties, long revision) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement u = c.prepareStatement("UPDATE " + SCHEMA
                + ".SHARED_SETTING SET REVISION = ?, PROPERTIES = ?, CHANGED_AT = ? WHERE PID = ?")) {
            u.setLong(1, revision);
            u.setString(2, properties);
            u.setTimestamp(3, now);
            u.setString(4, pid);
            if (u.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO " + SCHEMA
                + ".SHARED_SETTING (PID, REVISION, PROPERTIES, CHANGED_AT) VALUES (?, ?, ?, ?)")) {
            i.setString(1, pid);
            i.setLong(2, revision);
            i.setString(3, properties);
            i.setTimestamp(4, now);
            i.executeUpdate();
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
