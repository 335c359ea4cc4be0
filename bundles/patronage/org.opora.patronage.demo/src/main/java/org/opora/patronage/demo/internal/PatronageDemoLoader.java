package org.opora.patronage.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.demo.DemoRun;
import org.opora.core.demo.DemoTexts;
import org.opora.core.support.ModuleGuard;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.api.team.TeamService;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.patronage.api.year.YearService;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the demo patronage to the demo school whenever this bundle is installed (feature {@code opora-demo} with
 * {@code opora-patronage}): in its own thread it waits until the core's demo school is there with the accounts of
 * the people who write (the social pedagogue who coordinates, the psychologist, the head of service, the director),
 * then, if there are no cases yet, writes through the services in their names: the director's order on curators;
 * a curated case of deviant behaviour with its micro-team, specialists, a plan with a done, an overdue and a coming
 * row, contacts and the curator's report, discussed at the director's administrative meeting whose minutes are
 * finalised; a case of a failing pupil with an external and an internal curator; a closed case; a case not yet given
 * a curator; a pupil of deviant behaviour still without a case (the coordinator's duty); and the year's schedule of
 * work, approved by the director, with the effective practice written so far. An
 * installation that already has cases, or whose school is not the demo school, is never touched.
 */
@Component(immediate = true, service = {})
public class PatronageDemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PatronageDemoLoader.class);
    static final String TEXTS = "/demo/patronage-demo.properties";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)");
    private static final Set<String> CORE = Set.of(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL,
            CorePermissions.PUPIL_FLAGS, CorePermissions.STAFF_READ, CorePermissions.AGENCY_READ);
    private static final Set<String> SPECIALIST = with(PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
            PatronagePermissions.WORK, PatronagePermissions.COORDINATE);
    private static final Set<String> DIRECTOR = with(PatronagePermissions.ACCESS, PatronagePermissions.EXISTENCE,
            PatronagePermissions.COORDINATE, PatronagePermissions.APPOINT, PatronagePermissions.READ_ALL,
            PatronagePermissions.MEETING, CorePermissions.STRUCTURE_MANAGE);

    private final Services s;
    private final DemoRun run;

    /** The services the demo reads and writes through. */
    record Services(CaseService cases, CuratorService curators, TeamService team, WorkPlanService plan,
            ContactService contacts, ReportService reports, AdminMeetingService meetings, YearService years,
            PupilService pupils, StaffService staff, SchoolService school, OrderService orders) {
    }

    @Activate
    public PatronageDemoLoader(@Reference CaseService cases, @Reference CuratorService curators,
            @Reference TeamService team, @Reference WorkPlanService plan, @Reference ContactService contacts,
            @Reference ReportService reports, @Reference AdminMeetingService meetings, @Reference YearService years,
            @Reference PupilService pupils, @Reference StaffService staff, @Reference SchoolService school,
            @Reference OrderService orders) {
        this.s = new Services(cases, curators, team, plan, contacts, reports, meetings, years, pupils, staff, school,
                orders);
        run = DemoRun.start("opora-demo-patronage", "Demo patronage", this::ready, this::write);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        run.stop();
    }

    private boolean ready() {
        return s.school().isDemo() && Stream.of("socped", "psychologist", "head", "director")
                .allMatch(u -> s.staff().byUsername(u).isPresent());
    }

    private void write() {
        if (s.cases().count(new CaseQuery("", "", false, false, false)) > 0) {
            LOG.info("Demo patronage not created: there are cases already");
            return;
        }
        DemoTexts texts = new DemoTexts(PatronageDemoLoader.class, TEXTS);
        LocalDate today = LocalDate.now();
        StaffMember socped = person("socped");
        StaffMember psychologist = person("psychologist");
        StaffMember head = person("head");
        StaffMember director = person("director");
        List<Pupil> chosen = pupils(5);
        Pupil curated = chosen.get(0);
        Pupil failing = chosen.get(1);
        Pupil closed = chosen.get(2);
        Pupil waiting = chosen.get(3);
        Pupil untaken = chosen.get(4);
        s.pupils().setFlag(curated.id(), "deviant", today.minusDays(55), texts.text("flag.deviant"));
        s.pupils().setFlag(failing.id(), "failing", today.minusDays(45), texts.text("flag.failing"));
        s.pupils().setFlag(untaken.id(), "deviant", today.minusDays(3), texts.text("flag.deviant"));

        Order order = as(director, DIRECTOR, () -> s.orders().register(new OrderDraft(nextNumber(texts),
                today.minusDays(60), texts.text("order.title"), texts.text("order.subject"))));

        PatronageCase a = open(socped, curated, "deviant", texts.text("case.curated.grounds"), today.minusDays(50));
        PatronageCase b = open(socped, failing, "failing", texts.text("case.external.grounds"), today.minusDays(40));
        PatronageCase c = open(socped, closed, "at-risk", texts.text("case.closed.grounds"), today.minusDays(200));
        open(socped, waiting, "at-risk", texts.text("case.new.grounds"), today.minusDays(10));

        as(director, DIRECTOR, () -> {
            s.curators().appoint(a.id(), CuratorDraft.internal(psychologist.id(), order.id(), today.minusDays(45)));
            s.curators().appoint(b.id(), CuratorDraft.internal(head.id(), order.id(), today.minusDays(35)));
            s.curators().appoint(b.id(), CuratorDraft.external(texts.text("external.name"),
                    texts.text("external.organisation"), order.id(), today.minusDays(35)));
            return s.curators().appoint(c.id(), CuratorDraft.internal(psychologist.id(), order.id(),
                    today.minusDays(55)));
        });

        as(socped, SPECIALIST, () -> {
            if (curated.classTeacherId() != null) {
                s.team().addMember(a.id(), curated.classTeacherId(), texts.text("team.role"), today.minusDays(44));
            }
            Assignment talk = s.team().assign(a.id(), new AssignmentDraft("inspector", null,
                    texts.text("inspector.name"), texts.text("inspector.request"), today.minusDays(30)));
            s.team().recordOutcome(talk.id(), talk.version(), texts.text("inspector.outcome"), today.minusDays(25));
            s.team().assign(b.id(), new AssignmentDraft("psychologist", psychologist.id(), "",
                    texts.text("psychologist.request"), today.minusDays(7)));
            PatronageCase current = s.cases().get(c.id());
            return s.cases().close(c.id(), current.version(), today.minusDays(20), texts.text("case.closed.reason"));
        });

        as(psychologist, SPECIALIST, () -> {
            WorkItem first = s.plan().add(a.id(), row(texts, 1, today.minusDays(40), today.minusDays(30),
                    psychologist, HelpKind.PSYCHOLOGICAL_PEDAGOGICAL));
            s.plan().markDone(first.id(), first.version(), today.minusDays(31), texts.text("row.1.actual"));
            s.plan().add(a.id(), row(texts, 2, today.minusDays(14), today.minusDays(3), socped, HelpKind.SOCIAL));
            s.plan().add(a.id(), row(texts, 3, today.plusDays(3), today.plusDays(45), psychologist,
                    HelpKind.PSYCHOLOGICAL_PEDAGOGICAL));
            s.contacts().log(a.id(), new ContactDraft(today.minusDays(30), ContactParty.PUPIL,
                    texts.text("contact.1.person"), ContactForm.MEETING, texts.text("contact.1.content"), "", null));
            return s.contacts().log(a.id(), new ContactDraft(today.minusDays(12), ContactParty.PARENTS,
                    texts.text("contact.2.person"), ContactForm.PHONE, texts.text("contact.2.content"),
                    texts.text("contact.2.next"), today.plusDays(5)));
        });
        as(head, SPECIALIST, () -> {
            s.plan().add(b.id(), row(texts, 4, today.minusDays(30), today.plusDays(30), head, HelpKind
                    .PSYCHOLOGICAL_PEDAGOGICAL));
            s.plan().add(b.id(), row(texts, 5, today.minusDays(30), today.plusDays(60), head, HelpKind.SOCIAL));
            return s.contacts().log(b.id(), new ContactDraft(today.minusDays(6), ContactParty.SUBJECT_TEACHER,
                    texts.text("contact.3.person"), ContactForm.MEETING, texts.text("contact.3.content"), "", null));
        });
        int year = AcademicYear.containing(today).startYear();
        as(socped, SPECIALIST, () -> {
            for (int i = 1; i <= texts.count("schedule"); i++) {
                String[] line = texts.text("schedule." + i).split("\\|", -1);
                s.years().addEntry(year, line[0].strip(), line[1].strip(), line[2].strip());
            }
            return s.years().writeEffectivePractice(year, 0, texts.text("practice"));
        });
        as(director, DIRECTOR, () -> s.years().approve(year, s.years().schedule(year).version(), today));
        CuratorReport report = as(psychologist, SPECIALIST, () -> s.reports().submit(a.id(), new ReportDraft(
                today.minusDays(45), today.minusDays(1), texts.text("report.work"), texts.text("report.results"),
                texts.text("report.difficulties"), texts.text("report.proposals"))));
        as(director, DIRECTOR, () -> {
            AdminMeeting m = s.meetings().create(new MeetingDraft(today, texts.text("meeting.number"),
                    director.name().full(), texts.text("meeting.attendees")));
            MeetingItem item = s.meetings().addItem(m.id(), a.id(), report.id());
            s.meetings().recordDecision(item.id(), item.version(), texts.text("meeting.decision"));
            return s.meetings().finalise(m.id(), m.version());
        });
        LOG.info("Demo patronage created: 4 cases, a curator's report discussed at a finalised director's meeting,"
                + " 1 pupil of a mandatory category without a case, the year's schedule");
    }

    private PatronageCase open(StaffMember coordinator, Pupil pupil, String category, String grounds,
            LocalDate on) {
        return as(coordinator, SPECIALIST, () -> s.cases().open(new CaseDraft(pupil.id(), category, grounds, on)));
    }

    private static WorkItemDraft row(DemoTexts texts, int n, LocalDate from, LocalDate to, StaffMember responsible,
            HelpKind help) {
        return new WorkItemDraft(texts.text("row." + n + ".activity"), texts.text("row." + n + ".form"), from, to,
                responsible.id(), help, texts.text("row." + n + ".planned"));
    }

    /** Pupils of the upper grades without statuses, the at-risk group first: the first {@code count} of them. */
    private List<Pupil> pupils(int count) {
        Set<Long> flagged = new LinkedHashSet<>();
        for (String flag : List.of("ovz", "disabled", "gifted", "deviant", "failing", "guardianship")) {
            s.pupils().find(new PupilQuery("", null, flag, false), 0, Integer.MAX_VALUE)
                    .forEach(p -> flagged.add(p.id()));
        }
        List<Pupil> atRisk = s.pupils().find(new PupilQuery("", null, "at-risk", false), 0, Integer.MAX_VALUE);
        List<Pupil> all = s.pupils().find(PupilQuery.all(), 0, Integer.MAX_VALUE);
        List<Pupil> chosen = new ArrayList<>();
        Stream.concat(atRisk.stream(), all.stream()).filter(p -> !flagged.contains(p.id()))
                .filter(p -> p.classTeacherId() != null).map(Pupil::id).distinct().limit(count)
                .forEach(id -> chosen.add(all.stream().filter(p -> p.id() == id).findFirst().orElseThrow()));
        if (chosen.size() < count) {
            throw new IllegalStateException("the demo school has fewer than " + count + " pupils");
        }
        return chosen;
    }

    private StaffMember person(String username) {
        return s.staff().byUsername(username).orElseThrow();
    }

    private String nextNumber(DemoTexts texts) {
        int highest = 0;
        for (Order o : s.orders().find("", 0, Integer.MAX_VALUE)) {
            Matcher m = NUMBER.matcher(o.number().strip());
            if (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return (highest + 1) + texts.text("order.suffix");
    }

    /**
     * Runs work as the staff member with the permissions, so that the records name them; with the director's
     * permissions also in the role {@code director}, which signs the curators' orders in the seed schools' chain.
     */
    private static <T> T as(StaffMember member, Set<String> permissions, Supplier<T> work) {
        Set<String> roles = permissions.equals(DIRECTOR) ? Set.of("director") : Set.of();
        return ModuleGuard.actingAs(new OporaUser(member.username(), member.name().full(), roles, permissions,
                RUSSIAN), work);
    }

    private static Set<String> with(String... permissions) {
        return Stream.concat(CORE.stream(), Stream.of(permissions)).collect(Collectors.toUnmodifiableSet());
    }
}
