package org.opora.core.demo;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.opora.platform.api.security.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's demo data written in its own thread while the module's demo bundle is installed: it waits until the
 * core's demo school ({@link org.opora.core.api.SchoolService#isDemo()}) and whatever else the module needs is there,
 * then writes once. Stopping the module's component stops the wait and lets a write in progress finish before the
 * services go away. The write itself decides whether there is anything to do (a module with data is never touched)
 * and logs what it wrote.
 */
public final class DemoRun {

    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(10);
    private static final long POLL_MILLIS = 2_000;
    private static final long FINISH_MILLIS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);
    /** How often a write refused for a lock is tried. */
    public static final int ATTEMPTS = 5;

    private final String what;
    private final BooleanSupplier ready;
    private final Runnable write;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread worker;

    private DemoRun(String thread, String what, BooleanSupplier ready, Runnable write) {
        this.what = what;
        this.ready = ready;
        this.write = write;
        this.worker = new Thread(this::run, thread);
        worker.setDaemon(true);
    }

    /**
     * Starts the thread.
     *
     * @param thread the thread's name, e.g. {@code opora-demo-consilium}
     * @param what   what is written, for the log, e.g. "Demo consilium"
     * @param ready  whether the school is ready for the write; a failure counts as not yet
     * @param write  the write
     */
    public static DemoRun start(String thread, String what, BooleanSupplier ready, Runnable write) {
        DemoRun run = new DemoRun(thread, what, ready, write);
        run.worker.start();
        return run;
    }

    /** Stops the wait; a write in progress may finish first. */
    public void stop() throws InterruptedException {
        stop.countDown();
        worker.join(FINISH_MILLIS);
    }

    private void run() {
        // the loader's own work, as the system (people it writes in the name of are named by actingAs)
        SystemWork.run("demo: " + what, () -> {
            try {
                if (awaitReady()) {
                    writeWithRetries(what, write, Thread::sleep);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Waits between tries; the tests do not wait. */
    public interface Pause {
        void millis(long ms) throws InterruptedException;
    }

    /**
     * Runs a demo write, again when the database refused it for a lock: while other modules install, their schema
     * changes hold Derby's catalogue locks and a write's identity values can time out on them ("A lock could not be
     * obtained"); the transaction is then rolled back whole, so it is tried again a little later, up to
     * {@link #ATTEMPTS} times. Any other failure is logged at once.
     *
     * @return whether the write went through
     */
    public static boolean writeWithRetries(String what, Runnable write, Pause pause) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                write.run();
                return true;
            } catch (RuntimeException e) {
                if (!lockRefused(e) || attempt == ATTEMPTS) {
                    LOG.error("{} could not be created completely", what, e);
                    return false;
                }
                LOG.warn("{} waits for the database (try {} of {}): {}", what, attempt, ATTEMPTS, e.getMessage());
                try {
                    pause.millis(2_000L * attempt);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether the database rolled the transaction back for a lock (timeout or deadlock). */
    public static boolean lockRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the school became ready within the wait; {@code false} when stopped or timed out. */
    private boolean awaitReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!isReady()) {
            if (System.currentTimeMillis() > deadline) {
                LOG.warn("{} not created: the demo school was not ready within 10 minutes", what);
                return false;
            }
            if (stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return stop.getCount() > 0;
    }

    private boolean isReady() {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.debug("{}: the school is not ready yet: {}", what, e.toString());
            return false;
        }
    }
}
