package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opora.platform.persistence.postgresql.AdvisoryLock;
import org.opora.platform.testing.PostgresCluster;

/**
 * Two nodes on one PostgreSQL database with the same schedule: the first to start its scheduled backup takes it, the
 * other skips while it runs, and the next day's run is free again; on embedded Derby the lock is always had.
 */
class ScheduledRunLockTest {

    @Test
    void oneNodeOfTwoTakesTheScheduledBackupOnPostgreSql() throws Exception {
        try (PostgresCluster pg = PostgresCluster.startOrSkip()) {
            DataSource database = pg.createDatabase("cluster");
            Optional<AdvisoryLock.Held> nodeA = ScheduledRunLock.tryTake(database);
            assertTrue(nodeA.isPresent(), "the first node takes the run");
            assertFalse(ScheduledRunLock.tryTake(database).isPresent(), "the second node skips while A backs up");
            nodeA.get().close();
            Optional<AdvisoryLock.Held> nodeB = ScheduledRunLock.tryTake(database);
            assertTrue(nodeB.isPresent(), "once A is done, the next run may be taken by any node");
            nodeB.get().close();
        }
    }

    @Test
    void embeddedDerbyHasTheLockAlways(@TempDir Path dir) throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("db").toString());
        derby.setCreateDatabase("create");
        try (AdvisoryLock.Held first = ScheduledRunLock.tryTake(derby).orElseThrow();
                AdvisoryLock.Held second = ScheduledRunLock.tryTake(derby).orElseThrow()) {
            assertTrue(first != null && second != null);
        }
    }
}
