package org.opora.core.demo.internal;

import java.sql.SQLTransactionRollbackException;
import java.time.LocalDate;

import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SchoolSeedService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty installation with the generated demo school, marked as demo data, through the core's
 * {@link SchoolSeedService} (one transaction). Active whenever this bundle is installed (feature {@code opora-demo});
 * an installation that already has staff or pupils is never touched.
 */
@Component(configurationPid = DemoSchoolLoader.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
@Designate(ocd = DemoSchoolConfig.class)
public class DemoSchoolLoader {

    public static final String PID = "org.opora.core.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSchoolLoader.class);
    /** Tries of the one seed transaction when the database refused it for a lock (see {@link #load}). */
    static final int ATTEMPTS = 5;

    private final Thread worker;

    /**
     * Starts the load in its own thread: generating and storing ~600 pupils takes seconds, which must not hold up
     * the installation of the features after this one.
     */
    @Activate
    public DemoSchoolLoader(@Reference SchoolSeedService seeds, DemoSchoolConfig config) {
        worker = new Thread(() -> load(seeds, config.seed(), Thread::sleep), "opora-demo-school");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.join(60_000); // the seed is one transaction: let it commit or roll back before the core goes away
    }

    /** Waits between tries; the tests do not wait. */
    interface Pause {
        void millis(long ms) throws InterruptedException;
    }

    /**
     * Seeds the demo school in one transaction. While other modules install, their schema changes hold Derby's
     * catalogue locks and the seed's identity values can time out on them ("A lock could not be obtained"); the
     * transaction is then rolled back whole, so it is tried again a little later, up to {@link #ATTEMPTS} times. Any
     * other failure is logged at once.
     *
     * @return whether the demo school was created
     */
    static boolean load(SchoolSeedService seeds, long seed, Pause pause) {
        long start = System.nanoTime();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (!seeds.isEmpty()) {
                    return false;
                }
                SchoolSeed school = new DemoSchoolGenerator().generate(seed, LocalDate.now());
                seeds.seed(school);
                LOG.info("Demo school created: {} pupils in {} ms", school.pupils().size(),
                        (System.nanoTime() - start) / 1_000_000);
                return true;
            } catch (RuntimeException e) {
                if (!lockRefused(e) || attempt == ATTEMPTS) {
                    LOG.error("The demo school could not be created; the database is left as it was", e);
                    return false;
                }
                LOG.warn("The demo school waits for the database (try {} of {}): {}", attempt, ATTEMPTS,
                        e.getMessage());
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
    static boolean lockRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
