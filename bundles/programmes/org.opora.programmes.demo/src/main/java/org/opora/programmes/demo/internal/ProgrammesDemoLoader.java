package org.opora.programmes.demo.internal;

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
import org.opora.core.demo.DemoRun;
import org.opora.core.demo.DemoTexts;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.SupportPlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo programmes and individual plans to the demo school, whenever this bundle is installed (feature
 * {@code opora-demo} with {@code opora-programmes}): in its own thread it waits until the core's demo school is there
 * ({@link SchoolService#isDemo()}, with the accounts of the people who write), then, if there are no programmes and
 * no plans yet, writes the {@link DemoPlan} through the services in the names of those people, planned by the rules
 * the module's settings service reports. An installation that already has programmes or plans, or whose school is
 * not the demo school, is never touched.
 */
@Component(configurationPid = ProgrammesDemoLoader.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
@Designate(ocd = ProgrammesDemoConfig.class)
public class ProgrammesDemoLoader {

    public static final String PID = "org.opora.programmes.demo";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammesDemoLoader.class);
    static final String TEXTS = "/demo/programmes-demo.properties";
    private static final String AT_RISK = "at-risk";

    private final Services services;
    private final DemoRun run;

    /** The services the demo reads and writes through. */
    record Services(ProgrammeService programmes, ProgrammeLifecycle lifecycle, SupportPlanService supportPlans,
            IndividualPlanService plans, ProgrammeSettingsService settings, PupilService pupils,
            ClassService classes, StaffService staff, SchoolService school, OrderService orders) {
    }

    @Activate
    public ProgrammesDemoLoader(@Reference ProgrammeService programmes, @Reference ProgrammeLifecycle lifecycle,
            @Reference SupportPlanService supportPlans, @Reference IndividualPlanService plans,
            @Reference ProgrammeSettingsService settings, @Reference PupilService pupils,
            @Reference ClassService classes, @Reference StaffService staff, @Reference SchoolService school,
            @Reference OrderService orders, ProgrammesDemoConfig config) {
        this.services = new Services(programmes, lifecycle, supportPlans, plans, settings, pupils, classes, staff,
                school, orders);
        run = DemoRun.start("opora-demo-programmes", "Demo programmes", this::ready, () -> write(config.seed()));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        run.stop();
    }

    private void write(long seed) {
        if (services.programmes().count(new ProgrammeQuery(null, null, null, false, false, false)) > 0
                || services.plans().count() > 0) {
            LOG.info("Demo programmes not created: there are programmes or individual plans already");
            return;
        }
        LocalDate today = LocalDate.now();
        DemoRules rules = DemoRules.of(services.settings());
        DemoPlan plan = new DemoPlanner().plan(seed, today, school(rules), rules);
        DemoCast cast = new DemoCast(services.staff(), services.pupils(), services.school());
        DemoTexts texts = new DemoTexts(ProgrammesDemoLoader.class, TEXTS);
        int p = new DemoProgrammeWriter(services.programmes(), services.lifecycle(), services.supportPlans(),
                services.pupils(), cast, texts).write(plan.programmes());
        int m = new DemoPlanWriter(services.plans(), services.orders(), services.pupils(), cast, texts)
                .write(plan, today);
        LOG.info("Demo programmes created: {} programmes, {} plans", p, m);
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
        if (!services.school().isDemo()) {
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
