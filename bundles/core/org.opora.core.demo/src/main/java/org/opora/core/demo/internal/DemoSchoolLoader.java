package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SchoolSeedService;
import org.opora.core.demo.DemoRun;
import org.opora.platform.api.security.SystemWork;
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

    /**
     * Seeds the demo school in one transaction, as the system, tried again when the database refused it for a lock
     * ({@link DemoRun#writeWithRetries}).
     *
     * @return whether the demo school was created
     */
    static boolean load(SchoolSeedService seeds, long seed, DemoRun.Pause pause) {
        long start = System.nanoTime();
        AtomicBoolean created = new AtomicBoolean();
        SystemWork.run("demo: school", () -> DemoRun.writeWithRetries("The demo school", () -> {
            if (seeds.isEmpty()) {
                SchoolSeed school = new DemoSchoolGenerator().generate(seed, LocalDate.now());
                seeds.seed(school);
                created.set(true);
                LOG.info("Demo school created: {} pupils in {} ms", school.pupils().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }, pause));
        return created.get();
    }
}
