package org.opora.platform.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Lets one node of several on the same PostgreSQL database take the scheduled backup: every node of a cluster has
 * the same schedule in its settings, and the first whose run starts takes a session-level advisory lock of the
 * database and holds it until its backup is written; the others find it taken and skip their run. On embedded Derby
 * (one node by nature) the lock is always had.
 *
 * <pre>{@code
 * Optional<ScheduledRunLock.Held> held = ScheduledRunLock.tryTake(dataSource);
 * if (held.isEmpty()) {
 *     return; // another node is taking this backup
 * }
 * try (ScheduledRunLock.Held lock = held.get()) {
 *     backup(...);
 * }
 * }</pre>
 */
final class ScheduledRunLock {

    /** The advisory lock's key: any fixed number no other part of Opora uses. */
    static final long KEY = 0x4F706F7261424BL; // "OporaBK"

    private ScheduledRunLock() {
    }

    /** A taken lock; closing it releases the lock and the connection that holds it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /**
     * Takes the lock when nobody holds it.
     *
     * @return the held lock, or empty when another node (another connection) holds it now
     */
    static Optional<Held> tryTake(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                c.close();
                return Optional.of(() -> { });
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true); // a session lock, not bound to a transaction the pool might roll back
            if (!call(c, "SELECT pg_try_advisory_lock(?)")) {
                c.setAutoCommit(autoCommit);
                c.close();
                return Optional.empty();
            }
            return Optional.of(() -> {
                try {
                    call(c, "SELECT pg_advisory_unlock(?)");
                    c.setAutoCommit(autoCommit);
                } finally {
                    c.close();
                }
            });
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static boolean call(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, KEY);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
