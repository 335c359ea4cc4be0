package org.opora.platform.backup.internal;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.opora.platform.persistence.postgresql.AdvisoryLock;

/**
 * Lets one node of several on the same PostgreSQL database take the scheduled backup: every node of a cluster has
 * the same schedule in its settings, and the first whose run starts takes a session-level advisory lock of the
 * database ({@link AdvisoryLock}) and holds it until its backup is written; the others find it taken and skip their
 * run. On embedded Derby (one node by nature) the lock is always had.
 *
 * <pre>{@code
 * Optional<AdvisoryLock.Held> held = ScheduledRunLock.tryTake(dataSource);
 * if (held.isEmpty()) {
 *     return; // another node is taking this backup
 * }
 * try (AdvisoryLock.Held lock = held.get()) {
 *     backup(...);
 * }
 * }</pre>
 */
final class ScheduledRunLock {

    /** The advisory lock's key: any fixed number no other part of Opora uses. */
    static final long KEY = 0x4F706F7261424BL; // "OporaBK"

    private ScheduledRunLock() {
    }

    /**
     * Takes the lock when nobody holds it.
     *
     * @return the held lock, or empty when another node (another connection) holds it now
     */
    static Optional<AdvisoryLock.Held> tryTake(DataSource dataSource) throws SQLException {
        return AdvisoryLock.tryTake(dataSource, KEY);
    }
}
