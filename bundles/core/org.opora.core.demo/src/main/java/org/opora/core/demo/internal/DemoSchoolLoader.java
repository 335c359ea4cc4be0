package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SchoolSeedService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
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
    public DemoSchoolLoader(@Reference SchoolSeedService seeds, @Reference ClassService classes,
            @Reference StaffService staff, DemoSchoolConfig config) {
        worker = new Thread(() -> {
            if (load(seeds, config.seed(), Thread::sleep)) {
                SystemWork.run("demo: teaching", () -> DemoRun.writeWithRetries("The demo teaching",
                        () -> teaching(classes, staff), Thread::sleep));
            }
        }, "opora-demo-school");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.join(60_000); // the seed is one transaction: let it commit or roll back before the core goes away
    }

    /**
     * The demo teacher (user {@code teacher}) leads a class and teaches in the two classes after it, so that what a
     * teacher reads (the pupils of the classes they lead or teach in) can be seen with the demo.
     */
    static void teaching(ClassService classes, StaffService staff) {
        StaffMember teacher = staff.byUsername(StaffGenerator.TEACHER).orElse(null);
        if (teacher == null) {
            return;
        }
        AcademicYear year = AcademicYear.containing(LocalDate.now());
        List<SchoolClass> all = classes.classes(year);
        List<SchoolClass> led = classes.ledBy(teacher.id(), year);
        int from = led.isEmpty() ? -1 : all.indexOf(led.get(0));
        for (SchoolClass c : all.subList(from + 1, Math.min(all.size(), from + 3))) {
            classes.update(c.id(), c.version(), new ClassDraft(c.grade(), c.letter(), c.classTeacherId()),
                    Set.of(teacher.id()));
        }
        LOG.info("Demo teaching: {} teaches in two more classes", StaffGenerator.TEACHER);
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
