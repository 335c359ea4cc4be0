package org.opora.programmes.impl.internal.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.DemoRun;
import org.opora.core.support.DemoTexts;
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
    static final String TEXTS = "/demo/programmes-demo.properties";
    private static final String AT_RISK = "at-risk";

    private final Services services;
    private final DemoRun run;

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
        run = config.enabled() ? DemoRun.start("opora-demo-programmes", "Demo programmes", this::ready,
                () -> write(config.seed())) : null;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (run != null) {
            run.stop();
        }
    }

    private void write(long seed) {
        if (services.programmes().count(new ProgrammeQuery(null, null, null, false, false, false)) > 0
                || plansCount() > 0) {
            LOG.info("Demo programmes not created: there are programmes or individual plans already");
            return;
        }
        LocalDate today = services.db().today();
        DemoRules rules = DemoRules.of(services.rules());
        DemoPlan plan = new DemoPlanner().plan(seed, today, school(rules), rules);
        DemoCast cast = new DemoCast(services.staff(), services.pupils(), services.school());
        DemoTexts texts = new DemoTexts(ProgrammesDemoLoader.class, TEXTS);
        int p = new DemoProgrammeWriter(services.programmes(), services.pupils(), cast, texts)
                .write(plan.programmes());
        int m = new DemoPlanWriter(services.plans(), services.orders(), services.pupils(), cast, texts)
                .write(plan, today);
        LOG.info("Demo programmes created: {} programmes, {} plans", p, m);
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

    /** The pupils are there, and so are the people who write: curators, the director, the coordinator. */
    private boolean ready() {
        if (!DemoRun.demoSchoolLoaded(services.pupils())) {
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
    }
}
