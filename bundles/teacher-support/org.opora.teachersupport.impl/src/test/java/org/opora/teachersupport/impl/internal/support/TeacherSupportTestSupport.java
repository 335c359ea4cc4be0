package org.opora.teachersupport.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.testing.CoreFakes;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.core.support.testing.ServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.TypedConfig;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.impl.internal.conclusion.ConclusionServiceImpl;
import org.opora.teachersupport.impl.internal.config.RulesConfig;
import org.opora.teachersupport.impl.internal.config.SettingsServiceImpl;
import org.opora.teachersupport.impl.internal.config.SupportRules;
import org.opora.teachersupport.impl.internal.diagnosis.DiagnosisServiceImpl;
import org.opora.teachersupport.impl.internal.duty.TeacherSupportDuties;
import org.opora.teachersupport.impl.internal.help.HelpServiceImpl;
import org.opora.teachersupport.impl.internal.print.CardForm;
import org.opora.teachersupport.impl.internal.print.ConclusionForm;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.record.SupportServiceImpl;
import org.opora.teachersupport.impl.internal.route.RouteServiceImpl;
import org.opora.teachersupport.impl.internal.year.YearServiceImpl;

/**
 * The teacher support's services wired as Declarative Services wires them, on the module's own unit
 * (opora-teacher-support, its changelog) in in-memory Derby, with the core faked by {@link CoreFakes}, a security
 * context the test signs people into and an audit journal that keeps what it is given. The school: the deputy
 * director Kuznetsov (who decides, keeps the records and may lead), the methodologist Lebedeva (who leads), the
 * psychologist Belova (who takes part), the teacher Morozova (who is supported), the teacher Sokolova and the
 * director Khudyakov. Every test starts with empty tables and nobody signed in (the system).
 */
public abstract class TeacherSupportTestSupport extends ServiceTestSupport {

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(SupportDatabase.UNIT);

    /** The permissions of the demo school's roles (see the permission provider). */
    protected static final String[] DIRECTOR = {TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.MANAGE,
        TeacherSupportPermissions.READ_ALL};
    protected static final String[] DEPUTY = {TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK,
        TeacherSupportPermissions.MANAGE, TeacherSupportPermissions.READ_ALL};
    protected static final String[] WORKER = {TeacherSupportPermissions.ACCESS, TeacherSupportPermissions.WORK};

    protected final CoreFakes core = new CoreFakes();
    protected final MessagesTranslator translator = new MessagesTranslator();

    protected SupportDatabase db;
    protected Guard guard;
    protected SupportRules rules;
    protected People people;
    protected RecordGate gate;
    protected SupportServiceImpl records;
    protected DiagnosisServiceImpl diagnosis;
    protected RouteServiceImpl routes;
    protected HelpServiceImpl help;
    protected ConclusionServiceImpl conclusions;
    protected YearServiceImpl years;
    protected SettingsServiceImpl settings;
    protected TeacherSupportDuties duties;
    protected CardForm cardForm;
    protected ConclusionForm conclusionForm;

    protected StaffMember deputy;
    protected StaffMember methodologist;
    protected StaffMember psychologist;
    protected StaffMember teacher;
    protected StaffMember otherTeacher;
    protected StaffMember director;

    @BeforeEach
    void wireServices() {
        deputy = core.addStaff("Kuznetsov", "kuznetsov", "deputy-director");
        methodologist = core.addStaff("Lebedeva", "lebedeva", "methodologist");
        psychologist = core.addStaff("Belova", "belova", "psychologist");
        teacher = core.addStaff("Morozova", "morozova", "subject-teacher");
        otherTeacher = core.addStaff("Sokolova", "sokolova", "subject-teacher", "mentor");
        director = core.addStaff("Khudyakov", "khudyakov");
        wire(Map.of());
    }

    /** Wires the services again with some settings, e.g. {@code Map.of("teacherReadsOwnRecord", true)}. */
    /**
     * The core's file check as the document register's default settings have it, in short: a type outside a few
     * document and image extensions is refused on the field {@code file}; the name loses any path.
     */
    /** The core's seven directions of work (000 §3) by their built-in codes, labelled by the code in capitals. */
    protected static final ReferenceLists DIRECTIONS = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? Stream.of("diagnostics", "correction", "education", "counselling", "prevention", "methodology",
                    "social-protection").map(c -> new ListItem(c, c.toUpperCase(Locale.ROOT))).toList()
            : List.of();

    protected static final AttachmentCheck ATTACHMENTS = new AttachmentCheck() {
        private final Set<String> allowed = Set.of("pdf", "docx", "txt", "jpg", "png");

        @Override
        public Attachment check(Attachment file) {
            String name = file.fileName().replaceAll(".*[/\\\\]", "").strip();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!allowed.contains(extension)) {
                throw new ValidationException("file", "core.error.file.type", String.join(", ", allowed));
            }
            return new Attachment(name, "txt".equals(extension) ? "text/plain" : "application/" + extension,
                    file.content());
        }

        @Override
        public long maxBytes() {
            return 20L * 1024 * 1024;
        }

        @Override
        public Set<String> extensions() {
            return allowed;
        }
    };

    /** The platform's roles: the deputy director (who approves the conclusions by default) is Kuznetsov. */
    protected final FakeApprovalRoles approvalRoles = new FakeApprovalRoles().role("deputy", "Deputy director",
            "Kuznetsov");

    protected void wire(Map<String, ?> values) {
        db = new SupportDatabase(UNIT.emf());
        guard = new Guard() {
            @Override
            protected SecurityContext securityContext() {
                return security;
            }
        };
        rules = new SupportRules(TypedConfig.of(RulesConfig.class, values));
        bind(rules, "translator", translator);
        people = new People(guard, core.staffService(), core.pupilService());
        gate = new RecordGate(db, guard, people, rules, audit);
        records = new SupportServiceImpl(gate);
        diagnosis = new DiagnosisServiceImpl(gate);
        routes = new RouteServiceImpl(gate);
        help = new HelpServiceImpl(gate, ATTACHMENTS, DIRECTIONS);
        conclusions = new ConclusionServiceImpl(gate, approvalRoles);
        years = new YearServiceImpl(gate);
        settings = new SettingsServiceImpl(rules, core.referenceLists());
        duties = new TeacherSupportDuties(routes, rules, translator, conclusions);
        cardForm = new CardForm(records, diagnosis, routes, help, core.schoolService(), rules, translator);
        conclusionForm = new ConclusionForm(records, conclusions, core.schoolService(), rules, translator);
    }

    /** Binds an optional dynamic reference, as DS sets the field. */
    protected static void bind(Object component, String field, Object service) {
        try {
            java.lang.reflect.Field f = component.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(component, service);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    protected static LocalDate today() {
        return LocalDate.now();
    }

    protected void asDeputy() {
        signIn("kuznetsov", DEPUTY);
    }

    protected void asLead() {
        signIn("lebedeva", WORKER);
    }

    /** The opening data: Morozova supported from a month ago, led by Lebedeva, Belova taking part. */
    protected SupportDraft draft() {
        return new SupportDraft(teacher.id(), today().minusDays(30), methodologist.id(), List.of(psychologist.id()),
                List.of("consultation", "lesson-visit"), "Visits to lessons twice a month");
    }

    /** A record opened by the deputy director with two problems (methodological, organisational). */
    protected SupportRecord openRecord() {
        asDeputy();
        SupportRecord r = records.open(draft());
        records.addProblem(r.id(), new ProblemDraft("methodological", "Lesson objectives are not set"));
        records.addProblem(r.id(), new ProblemDraft("organisational", "Discipline in the 7th grade"));
        return records.get(r.id());
    }

    /** A record with a route of the last month and the coming two months. */
    protected SupportRecord routedRecord() {
        SupportRecord r = openRecord();
        asLead();
        routes.saveRoute(r.id(), r.version(), new RouteDraft(RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL,
                "Two years of experience, asks for help with lesson design", today().minusDays(25),
                today().plusDays(60)));
        return records.get(r.id());
    }

    /** The call on the record is refused and the refused attempt is the newest journal entry, with its actor. */
    protected void refusedAndJournaled(String actor, long recordId, Executable call) {
        assertThrows(AccessDeniedException.class, call);
        audited(actor, AuditAction.REFUSED, RecordGate.RECORD, recordId);
    }
}
