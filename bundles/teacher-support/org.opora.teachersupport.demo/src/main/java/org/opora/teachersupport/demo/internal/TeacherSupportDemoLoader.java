package org.opora.teachersupport.demo.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.demo.DemoRun;
import org.opora.core.demo.DemoTexts;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisService;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpService;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.api.route.RouteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo methodological support to the demo school whenever this bundle is installed (feature
 * {@code opora-demo} with {@code opora-teacher-support}): in its own thread it waits until the core's demo school is
 * there with the deputy director's and the psychologist's accounts, a methodologist and three subject teachers
 * without accounts, then, if there are no records yet, writes through the services in the names of the deputy
 * director (who decides, leads and keeps) and the psychologist (who takes part): a support just opened; a support in
 * progress led by the deputy director with diagnosis, a route, checkpoints (one passed, one overdue, one due, one
 * coming: the deputy's "My duties"), help and evidence with a file; a support concluded with its general conclusion
 * signed. An installation that already has records, or whose school is not the demo school, is never touched.
 */
@Component(immediate = true, service = {})
public class TeacherSupportDemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(TeacherSupportDemoLoader.class);
    static final String TEXTS = "/demo/teachersupport-demo.properties";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Set<String> CORE = Set.of(CorePermissions.STAFF_READ);
    private static final Set<String> DEPUTY = with(TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK,
            TeacherSupportPermissions.MANAGE, TeacherSupportPermissions.READ_ALL);
    private static final Set<String> WORKER = with(TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK);

    private final Services s;
    private final DemoRun run;

    /** The services the demo reads and writes through. */
    record Services(SupportService records, DiagnosisService diagnosis, RouteService routes, HelpService help,
            ConclusionService conclusions, StaffService staff, SchoolService school) {
    }

    @Activate
    public TeacherSupportDemoLoader(@Reference SupportService records, @Reference DiagnosisService diagnosis,
            @Reference RouteService routes, @Reference HelpService help, @Reference ConclusionService conclusions,
            @Reference StaffService staff, @Reference SchoolService school) {
        this.s = new Services(records, diagnosis, routes, help, conclusions, staff, school);
        run = DemoRun.start("opora-demo-teachersupport", "Demo teacher support", this::ready, this::write);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        run.stop();
    }

    private boolean ready() {
        return s.school().isDemo() && s.staff().byUsername("deputy").isPresent()
                && s.staff().byUsername("psychologist").isPresent() && !s.staff().ofType("methodologist").isEmpty()
                && teachers().size() >= 3;
    }

    /** Subject teachers of the demo school without an account, by name. */
    private List<StaffMember> teachers() {
        return s.staff().ofType("subject-teacher").stream().filter(t -> t.active() && t.username().isBlank())
                .toList();
    }

    private void write() {
        StaffMember deputy = s.staff().byUsername("deputy").orElseThrow();
        if (as(deputy, DEPUTY, () -> s.records().count(SupportQuery.all())) > 0) {
            LOG.info("Demo teacher support not created: there are records already");
            return;
        }
        DemoTexts texts = new DemoTexts(TeacherSupportDemoLoader.class, TEXTS);
        StaffMember psychologist = s.staff().byUsername("psychologist").orElseThrow();
        StaffMember methodologist = s.staff().ofType("methodologist").get(0);
        List<StaffMember> teachers = teachers();
        LocalDate today = LocalDate.now();

        as(deputy, DEPUTY, () -> open(texts, "opened", teachers.get(0), today.minusDays(5), methodologist,
                List.of(), List.of("consultation", "lesson-visit")));
        SupportRecord progress = as(deputy, DEPUTY, () -> open(texts, "progress", teachers.get(1),
                today.minusDays(60), deputy, List.of(psychologist.id(), methodologist.id()),
                List.of("route", "lesson-visit", "consultation", "interview-individual")));
        inProgress(texts, progress, deputy, psychologist, today);
        SupportRecord concluded = as(deputy, DEPUTY, () -> open(texts, "concluded", teachers.get(2),
                today.minusDays(200), methodologist, List.of(), List.of("route", "consultation")));
        as(deputy, DEPUTY, () -> conclude(texts, concluded, deputy, methodologist, today));
        LOG.info("Demo teacher support created: 3 teachers (opened, in progress with an overdue checkpoint,"
                + " concluded)");
    }

    private SupportRecord open(DemoTexts texts, String key, StaffMember teacher, LocalDate decided, StaffMember lead,
            List<Long> participants, List<String> forms) {
        SupportRecord r = s.records().open(new SupportDraft(teacher.id(), decided, lead.id(), participants, forms,
                texts.text(key + ".note")));
        for (int i = 1; i <= texts.count(key + ".problem"); i++) {
            String[] p = texts.text(key + ".problem." + i).split("\\|", 2);
            s.records().addProblem(r.id(), new ProblemDraft(p[0], p[1]));
        }
        return s.records().get(r.id());
    }

    private void inProgress(DemoTexts texts, SupportRecord r, StaffMember deputy, StaffMember psychologist,
            LocalDate today) {
        long first = r.problems().get(0).id();
        long second = r.problems().get(1).id();
        as(deputy, DEPUTY, () -> s.diagnosis().add(r.id(), new DiagnosisDraft("lesson-analysis", today.minusDays(55),
                deputy.id(), texts.text("progress.diagnosis.1.findings"), List.of(first, second))));
        as(psychologist, WORKER, () -> s.diagnosis().add(r.id(), new DiagnosisDraft("pupil-questionnaire-monitoring",
                today.minusDays(50), psychologist.id(), texts.text("progress.diagnosis.2.findings"),
                List.of(first))));
        as(deputy, DEPUTY, () -> {
            long version = s.records().get(r.id()).version();
            s.routes().saveRoute(r.id(), version, new RouteDraft(RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL,
                    texts.text("progress.route.basis"), today.minusDays(50), today.plusDays(90)));
            List<Checkpoint> planned = new ArrayList<>();
            int[] due = {-10, -3, 5, 60};
            for (int i = 1; i <= 4; i++) {
                String[] c = texts.text("progress.checkpoint." + i).split("\\|", 2);
                planned.add(s.routes().addCheckpoint(r.id(), new CheckpointDraft(c[0], c[1],
                        today.plusDays(due[i - 1]))));
            }
            Checkpoint passed = planned.get(0);
            s.routes().recordResult(passed.id(), passed.version(), new CheckpointResult(today.minusDays(9),
                    texts.text("progress.checkpoint.1.result"), texts.text("progress.checkpoint.1.evidence")));
            s.help().record(r.id(), new HelpDraft("lesson-visit", today.minusDays(40), deputy.id(), "",
                    texts.text("progress.help.1.topic"), texts.text("progress.help.1.content"),
                    texts.text("progress.help.1.recommendations"), null, ""));
            return s.help().addEvidence(r.id(), new EvidenceDraft("pupils-work-analysis", EvidenceStage.BEFORE,
                    today.minusDays(52), texts.text("progress.evidence.1"), new Attachment("analysis-before.txt",
                            "text/plain", texts.text("progress.evidence.1.file").getBytes(StandardCharsets.UTF_8))));
        });
        as(psychologist, WORKER, () -> s.help().record(r.id(), new HelpDraft("consultation", today.minusDays(30),
                psychologist.id(), "", texts.text("progress.help.2.topic"), texts.text("progress.help.2.content"), "",
                null, "")));
    }

    private Conclusion conclude(DemoTexts texts, SupportRecord r, StaffMember deputy, StaffMember methodologist,
            LocalDate today) {
        s.diagnosis().add(r.id(), new DiagnosisDraft("journal-analysis", today.minusDays(195), deputy.id(),
                texts.text("concluded.diagnosis.findings"), r.problems().stream().map(p -> p.id()).toList()));
        s.routes().saveRoute(r.id(), s.records().get(r.id()).version(), new RouteDraft(RouteFocus.THEORETICAL,
                RoutePlace.OUTSIDE_SCHOOL, texts.text("concluded.route.basis"), today.minusDays(190),
                today.minusDays(20)));
        int[] due = {-100, -30};
        for (int i = 1; i <= 2; i++) {
            String[] c = texts.text("concluded.checkpoint." + i).split("\\|", 2);
            Checkpoint planned = s.routes().addCheckpoint(r.id(), new CheckpointDraft(c[0], c[1],
                    today.plusDays(due[i - 1])));
            s.routes().recordResult(planned.id(), planned.version(), new CheckpointResult(
                    today.plusDays(due[i - 1]), texts.text("concluded.checkpoint." + i + ".result"), ""));
        }
        s.help().record(r.id(), new HelpDraft("consultation", today.minusDays(150), methodologist.id(), "",
                texts.text("concluded.help.topic"), texts.text("concluded.help.content"), "", null, ""));
        s.help().addEvidence(r.id(), new EvidenceDraft("tests-analysis", EvidenceStage.AFTER, today.minusDays(25),
                texts.text("concluded.evidence"), null));
        List<ProblemOutcome> outcomes = s.conclusions().conclusion(r.id()).outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            String[] o = texts.text("concluded.outcome." + (i + 1)).split("\\|", 4);
            s.conclusions().saveOutcome(outcomes.get(i).problemId(), outcomes.get(i).version(),
                    new OutcomeDraft(o[0], o[1], o[2], o[3]));
        }
        Conclusion c = s.conclusions().save(r.id(), s.records().get(r.id()).version(), new ConclusionDraft(
                Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "", Set.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT),
                texts.text("concluded.development"), "", texts.text("concluded.ways")));
        return s.conclusions().sign(r.id(), c.version(), today.minusDays(15));
    }

    /** Runs work as the staff member with the permissions, so that the records name them. */
    private static <T> T as(StaffMember member, Set<String> permissions, Supplier<T> work) {
        return ModuleGuard.actingAs(new OporaUser(member.username(), member.name().full(), Set.of(), permissions,
                RUSSIAN), work);
    }

    private static Set<String> with(String... permissions) {
        return Stream.concat(CORE.stream(), Stream.of(permissions)).collect(Collectors.toUnmodifiableSet());
    }
}
