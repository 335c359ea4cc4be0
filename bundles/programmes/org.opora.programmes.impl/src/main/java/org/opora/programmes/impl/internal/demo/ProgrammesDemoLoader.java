package org.opora.programmes.impl.internal.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo programmes and individual plans to the demo school when the demo profile is on
 * ({@code etc/org.opora.programmes.demo.cfg}): in its own thread it waits until the core's demo school is there
 * (its pupils and the accounts of the people who write), then, if there are no programmes and no plans yet, writes
 * the {@link DemoPlan} through the services in the names of those people. An installation that already has
 * programmes or plans is never touched.
 */
@Component(configurationPid = ProgrammesDemoLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = ProgrammesDemoLoader.class)
@Designate(ocd = ProgrammesDemoConfig.class)
public class ProgrammesDemoLoader {

    public static final String PID = "org.opora.programmes.demo";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammesDemoLoader.class);
    /** The core's demo school has about 600 pupils; fewer means it is still being written or absent. */
    private static final int DEMO_SCHOOL_PUPILS = 500;
    private static final long WAIT_MILLIS = TimeUnit.MINUTES.toMillis(10);
    private static final long POLL_MILLIS = 2_000;
    private static final String AT_RISK = "at-risk";

    private final Services services;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread worker;

    /** The services the demo reads and writes through. */
    record Services(ProgrammeService programmes, IndividualPlanService plans, ProgrammeRules rules,
            ProgrammesDatabase db, PupilService pupils, ClassService classes, StaffService staff,
            SchoolService school, OrderService orders) {
    }

    @Activate
    public ProgrammesDemoLoader(@Reference ProgrammeService programmes, @Reference IndividualPlanService plans,
            @Reference ProgrammeRules rules, @Reference ProgrammesDatabase db, @Reference PupilService pupils,
            @Reference ClassService classes, @Reference StaffService staff, @Reference SchoolService school,
            @Reference OrderService orders, ProgrammesDemoConfig config) {
        this.services = new Services(programmes, plans, rules, db, pupils, classes, staff, school, orders);
        if (config.enabled()) {
            worker = new Thread(() -> run(config.seed()), "opora-demo-programmes");
            worker.setDaemon(true);
            worker.start();
        } else {
            worker = null;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop.countDown();
        if (worker != null) {
            worker.join(60_000); // let a write in progress finish before the services go away
        }
    }

    private void run(long seed) {
        try {
            if (!awaitDemoSchool()) {
                return;
            }
            if (services.programmes().count(new ProgrammeQuery(null, null, null, false, false, false)) > 0
                    || plansCount() > 0) {
                LOG.info("Demo programmes not created: there are programmes or individual plans already");
                return;
            }
            LocalDate today = services.db().today();
            DemoRules rules = DemoRules.of(services.rules());
            DemoPlan plan = new DemoPlanner().plan(seed, today, school(rules), rules);
            DemoCast cast = new DemoCast(services.staff(), services.pupils(), services.school());
            DemoTexts texts = new DemoTexts();
            int p = new DemoProgrammeWriter(services.programmes(), services.pupils(), cast, texts)
                    .write(plan.programmes());
            int m = new DemoPlanWriter(services.plans(), services.orders(), services.pupils(), cast, texts)
                    .write(plan, today);
            LOG.info("Demo programmes created: {} programmes, {} plans", p, m);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The demo programmes could not be created completely", e);
        }
    }

    /**
     * How many individual plans there are: the plan service lists a pupil's plans only, so the demo asks its own
     * database, as the system.
     */
    private long plansCount() {
        return services.db().read(em -> em.createQuery("select count(p) from IndividualPlanEntity p", Long.class)
                .getSingleResult());
    }

    /** The school as the planner needs it: pupils, the at-risk and eligible flags, the grades of the classes. */
    private DemoPlanner.School school(DemoRules rules) {
        Map<Long, Integer> grades = services.classes().classes(services.school().school().currentYear()).stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::grade));
        Set<String> flags = new LinkedHashSet<>(rules.eligibleFlags());
        flags.add(AT_RISK);
        Map<String, Set<Long>> flagged = new HashMap<>();
        for (String flag : flags) {
            flagged.put(flag, services.pupils().find(new PupilQuery("", null, flag, false), 0, Integer.MAX_VALUE)
                    .stream().map(Pupil::id).collect(Collectors.toSet()));
        }
        return new DemoPlanner.School(services.pupils().find(PupilQuery.all(), 0, Integer.MAX_VALUE),
                flagged.get(AT_RISK), flagged, grades);
    }

    /** Whether the demo school appeared within the wait; {@code false} when stopped or timed out. */
    private boolean awaitDemoSchool() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!ready()) {
            if (System.currentTimeMillis() > deadline) {
                LOG.warn("Demo programmes not created: no demo school with its accounts within 10 minutes");
                return false;
            }
            if (stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return stop.getCount() > 0;
    }

    /** The pupils are there, and so are the people who write: curators, the director, the coordinator. */
    private boolean ready() {
        try {
            if (services.pupils().count(PupilQuery.all()) <= DEMO_SCHOOL_PUPILS) {
                return false;
            }
            DemoCast cast = new DemoCast(services.staff(), services.pupils(), services.school());
            for (DemoPlan.Role role : Set.of(DemoPlan.Role.PSYCHOLOGIST, DemoPlan.Role.SOCIAL_PEDAGOGUE,
                    DemoPlan.Role.HEAD)) {
                cast.of(role, 0);
            }
            cast.director();
            cast.coordinator();
            return true;
        } catch (RuntimeException e) {
            LOG.debug("Demo programmes: the school is not ready yet: {}", e.toString());
            return false;
        }
    }
}
