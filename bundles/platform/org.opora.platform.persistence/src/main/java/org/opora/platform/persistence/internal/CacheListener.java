package org.opora.platform.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection of a node that listens for the other nodes' changes ({@code LISTEN opora_cache}) on a thread of its
 * own. It asks the driver for notifications every second, and checks every {@link #CHECK_MILLIS} ms of silence that
 * the connection still answers. When the connection fails, every cache is dropped and it connects again; once it
 * listens again the caches are dropped once more, as what was read in between may have been changed unheard.
 */
final class CacheListener implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final long CHECK_MILLIS = 10_000;
    private static final long RETRY_MILLIS = 1000;
    private static final int NETWORK_TIMEOUT_MILLIS = 30_000;

    private final DataSource dataSource;
    private final CacheCoordination coordination;
    private final AtomicLong connections = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private Connection first;

    CacheListener(DataSource dataSource, CacheCoordination coordination) {
        this.dataSource = dataSource;
        this.coordination = coordination;
        this.thread = new Thread(this, "opora-cache-listener");
        thread.setDaemon(true);
    }

    /** Listens before returning, so that no commit of another node after it goes unheard. */
    void start() {
        try {
            first = listen();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot listen for the other nodes' changes: " + e.getMessage(), e);
        }
        thread.start();
    }

    /** The name the listening connection shows in {@code pg_stat_activity}: {@code opora-cache-<node id>}. */
    static String applicationName(String node) {
        return "opora-cache-" + node;
    }

    long connections() {
        return connections.get();
    }

    private Connection listen() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            c.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MILLIS); // a silent network fails the check below
            try (Statement s = c.createStatement()) {
                // named in pg_stat_activity, so that an administrator sees which node listens
                s.execute("SET application_name = '" + applicationName(coordination.node()) + "'");
                s.execute("LISTEN " + CacheNotices.CHANNEL);
            }
            connections.incrementAndGet();
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void run() {
        Connection c = first;
        first = null;
        while (running) {
            try {
                if (c == null) {
                    c = listen();
                    coordination.invalidateAll();
                    LOG.info("Listening again for the other nodes' changes; this node's caches were emptied");
                }
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    coordination.invalidateAll();
                    LOG.warn("The connection listening for the other nodes' changes failed ({}); this node's caches"
                            + " were emptied and it connects again", e.getMessage());
                }
            } finally {
                close(c);
                c = null;
            }
            pause();
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long heard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification n : notifications) {
                    coordination.apply(CacheNotices.parse(n.getParameter()));
                }
                heard = System.nanoTime();
            } else if ((System.nanoTime() - heard) / 1_000_000 > CHECK_MILLIS) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                heard = System.nanoTime();
            }
        }
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing the listening connection: {}", e.getMessage());
        }
    }

    /** Stops listening; returns once the thread has ended (within about a second). */
    void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(3 * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
