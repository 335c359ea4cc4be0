package org.opora.core.demo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

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
        try {
            if (awaitReady()) {
                write.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("{} could not be created completely", what, e);
        }
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
