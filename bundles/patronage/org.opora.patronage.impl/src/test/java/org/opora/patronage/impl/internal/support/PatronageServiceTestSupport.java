package org.opora.patronage.impl.internal.support;

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
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.testing.CoreFakes;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.core.support.testing.ServiceTestSupport;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.cases.CaseServiceImpl;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.patronage.impl.internal.config.PatronageSettingsServiceImpl;
import org.opora.patronage.impl.internal.config.RulesConfig;
import org.opora.patronage.impl.internal.duty.PatronageDuties;
import org.opora.patronage.impl.internal.legal.CourtServiceImpl;
import org.opora.patronage.impl.internal.legal.KdnForm;
import org.opora.patronage.impl.internal.legal.KdnRecords;
import org.opora.patronage.impl.internal.legal.KdnServiceImpl;
import org.opora.patronage.impl.internal.meeting.AdminMeetingServiceImpl;
import org.opora.patronage.impl.internal.report.ControlServiceImpl;
import org.opora.patronage.impl.internal.report.ReportServiceImpl;
import org.opora.patronage.impl.internal.team.CuratorServiceImpl;
import org.opora.patronage.impl.internal.team.TeamServiceImpl;
import org.opora.patronage.impl.internal.work.ContactServiceImpl;
import org.opora.patronage.impl.internal.work.WorkPlanServiceImpl;
import org.opora.patronage.impl.internal.year.YearServiceImpl;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.print.internal.PdfRenderer;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.TypedConfig;

/**
 * The patronage's services wired as Declarative Services wires them, on the patronage's own unit (opora-patronage,
 * its changelog) in in-memory Derby, with the core faked by {@link CoreFakes}, a security context the test signs
 * people into and an audit journal that keeps what it is given. The school: a social pedagogue who coordinates, a
 * psychologist, a class teacher, a director, a pupil of the teacher's class and the director's order of a week ago.
 * The director holds the administrative meetings too.
 * Every test starts with empty tables and nobody signed in (the system).
 */
public abstract class PatronageServiceTestSupport extends ServiceTestSupport {

    /** The core's seven directions of work (000 §3) by their built-in codes, labelled by the code in capitals. */
    protected static final ReferenceLists DIRECTIONS = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? Stream.of("diagnostics", "correction", "education", "counselling", "prevention", "methodology",
                    "social-protection").map(c -> new ListItem(c, c.toUpperCase(Locale.ROOT))).toList()
            : List.of();

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(PatronageDatabase.UNIT);

    /**
     * The permissions of the demo school's roles (see the permission providers; the core's specialist and head add
     * to the document register, as issuing a certificate for the KDN does).
     */
    protected static final String[] SPECIALIST = {PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
        PatronagePermissions.WORK, PatronagePermissions.COORDINATE, CorePermissions.DOCUMENT_EDIT};
    protected static final String[] CLASS_TEACHER = {PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
        PatronagePermissions.WORK};
    protected static final String[] DIRECTOR = {PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
        PatronagePermissions.COORDINATE, PatronagePermissions.APPOINT, PatronagePermissions.READ_ALL,
        PatronagePermissions.MEETING, CorePermissions.DOCUMENT_EDIT};

    protected final CoreFakes core = new CoreFakes();

    protected PatronageDatabase db;
    protected Guard guard;
    protected PatronageRules rules;
    protected People people;
    protected CaseGate gate;
    protected CaseServiceImpl cases;
    protected CuratorServiceImpl curators;
    protected TeamServiceImpl team;
    protected WorkPlanServiceImpl plan;
    protected ContactServiceImpl contacts;
    protected ReportServiceImpl reports;
    protected ControlServiceImpl control;
    protected AdminMeetingServiceImpl meetings;
    protected PatronageSettingsServiceImpl settings;
    protected PatronageDuties duties;
    protected KdnServiceImpl kdn;
    protected KdnForm kdnForm;
    protected CourtServiceImpl court;
    protected YearServiceImpl years;

    protected StaffMember socialPedagogue;
    protected StaffMember psychologist;
    protected StaffMember teacher;
    protected StaffMember director;
    protected Pupil pupil;
    protected Order order;

    @BeforeEach
    void wireServices() {
        wire(Map.of());
        socialPedagogue = core.addStaff("Orlova", "orlova", "social-pedagogue");
        psychologist = core.addStaff("Belova", "belova", "psychologist");
        teacher = core.addStaff("Smirnova", "smirnova", "class-teacher");
        director = core.addStaff("Khudyakov", "khudyakov");
        pupil = core.addPupil("Ivanov", teacher.id(), false);
        order = core.addOrder("45-o", today().minusDays(7));
    }

    /** Wires the services again with some rules set, e.g. {@code Map.of("contactIntervalDays", 14)}. */
    protected void wire(Map<String, ?> ruleValues) {
        db = new PatronageDatabase(UNIT.emf());
        guard = new Guard() {
            @Override
            protected SecurityContext securityContext() {
                return security;
            }
        };
        rules = new PatronageRules(TypedConfig.of(RulesConfig.class, ruleValues));
        people = new People(guard, core.staffService(), core.pupilService(), rules);
        gate = new CaseGate(db, guard, people, audit);
        cases = new CaseServiceImpl(gate, rules, core.pupilService());
        curators = new CuratorServiceImpl(gate, rules, core.orderService(), new FakeApprovalRoles());
        team = new TeamServiceImpl(gate, rules);
        plan = new WorkPlanServiceImpl(gate, DIRECTIONS);
        contacts = new ContactServiceImpl(gate, rules, core.agencyService());
        reports = new ReportServiceImpl(gate, rules);
        control = new ControlServiceImpl(gate, rules, core.pupilService());
        meetings = new AdminMeetingServiceImpl(gate, core.pupilService());
        settings = new PatronageSettingsServiceImpl(rules, core.referenceLists());
        duties = new PatronageDuties(cases, plan, contacts, reports, new MessagesTranslator(), rules);
        KdnRecords kdnRecords = new KdnRecords(gate, core.pupilService(), core.schoolService(),
                core.referenceLists());
        kdn = new KdnServiceImpl(gate, kdnRecords, core.documentRegister(), renderer(), core.agencyService(),
                new MessagesTranslator());
        kdnForm = new KdnForm(kdnRecords, new MessagesTranslator());
        court = new CourtServiceImpl(gate);
        years = new YearServiceImpl(gate, rules);
    }

    /** The platform's PDF renderer, in Russian. */
    private static DocumentService renderer() {
        return new DocumentService() {
            @Override
            public byte[] render(PrintDocument document) {
                return new PdfRenderer().render(document, Locale.forLanguageTag("ru"));
            }

            @Override
            public byte[] chart(org.opora.platform.api.print.Block.Chart chart, int width, int height) {
                throw new AssertionError("the patronage draws no charts");
            }

            @Override
            public byte[] print(String documentId, String recordId, Locale locale) {
                throw new AssertionError("the patronage renders, the platform prints");
            }
        };
    }

    protected static LocalDate today() {
        return LocalDate.now();
    }

    protected void asCoordinator() {
        signIn("orlova", SPECIALIST);
    }

    /**
     * Signs a person in with the permissions and forgets the journal of the set-up; with the permissions of the
     * director ({@link #DIRECTOR}) also in the role {@code director}, which signs the curators' orders in the seed
     * schools' chain.
     */
    @Override
    protected void signIn(String username, String... permissions) {
        if (permissions != DIRECTOR) {
            super.signIn(username, permissions);
            return;
        }
        security.signIn(new OporaUser(username, username, Set.of("director"), Set.of(permissions),
                Locale.forLanguageTag("ru")));
        audit.clear();
    }

    /** A case opened a month ago by the coordinator, the pupil of the "deviant" category. */
    protected PatronageCase openCase() {
        asCoordinator();
        return cases.open(new CaseDraft(pupil.id(), "deviant", "Truancy, conflicts", today().minusDays(30)));
    }

    /** A case with the psychologist as its internal curator by the order, from the order's day. */
    protected PatronageCase curatedCase() {
        PatronageCase c = openCase();
        signIn("khudyakov", DIRECTOR);
        curators.appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(), order.date()));
        return c;
    }

    /** The call on the case is refused and the refused attempt is the newest journal entry, with its actor. */
    protected void refusedAndJournaled(String actor, long caseId, Executable call) {
        assertThrows(AccessDeniedException.class, call);
        audited(actor, AuditAction.REFUSED, CaseGate.CASE, caseId);
    }

}
