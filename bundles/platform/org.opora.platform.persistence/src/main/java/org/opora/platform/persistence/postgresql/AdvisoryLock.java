package org.opora.platform.persistence.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A session-level PostgreSQL advisory lock ({@code pg_advisory_lock}): of several nodes on one database, one holds a
 * key at a time. The lock belongs to the connection's server session, not to a transaction, so a rollback keeps it;
 * the session of a killed node ends, and its locks with it. Closing the {@link Held} lock releases it before its
 * connection goes back to a pool. On any other database (embedded Derby: one node by nature) the lock is always had
 * at once.
 *
 * <pre>{@code
 * // the scheduled backup: skip when another node is taking it
 * Optional<AdvisoryLock.Held> held = AdvisoryLock.tryTake(dataSource, KEY);
 * if (held.isPresent()) {
 *     try (AdvisoryLock.Held lock = held.get()) {
 *         backup(...);
 *     }
 * }
 * // a migration: wait while another node migrates, on the connection that migrates
 * try (AdvisoryLock.Held lock = AdvisoryLock.take(connection, KEY)) {
 *     migrate(connection);
 * }
 * }</pre>
 */
public final class AdvisoryLock {

    private AdvisoryLock() {
    }

    /** A held lock; closing it releases the lock (and, for {@link #tryTake}, the connection that holds it). */
    @ProviderType
    public interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /** Whether the connection is to PostgreSQL, the one database with advisory locks here. */
    public static boolean supported(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Takes the lock on a connection of its own when nobody holds it.
     *
     * @return the held lock, or empty when another session (another node) holds it now
     */
    public static Optional<Held> tryTake(DataSource dataSource, long key) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!supported(c)) {
                c.close();
                return Optional.of(() -> { });
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true); // a session lock, not bound to a transaction the pool might roll back
            if (!call(c, "SELECT pg_try_advisory_lock(?)", key)) {
                c.setAutoCommit(autoCommit);
                c.close();
                return Optional.empty();
            }
            return Optional.of(() -> {
                try {
                    call(c, "SELECT pg_advisory_unlock(?)", key);
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

    /**
     * Takes the lock on the given connection, waiting while another session holds it. The connection stays the
     * caller's: closing the held lock releases the lock only (after a rollback of whatever failed transaction the
     * connection is in, as PostgreSQL answers nothing else in one). Any open transaction of the connection is
     * committed first, so that the wait holds no row locks.
     */
    public static Held take(Connection c, long key) throws SQLException {
        if (!supported(c)) {
            return () -> { };
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            p.setLong(1, key);
            p.executeQuery().close(); // returns void once the lock is had
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return () -> {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            call(c, "SELECT pg_advisory_unlock(?)", key);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        };
    }

    private static boolean call(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
