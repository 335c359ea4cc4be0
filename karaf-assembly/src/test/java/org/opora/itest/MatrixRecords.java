package org.opora.itest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.opora.consilium.api.ConsiliumOfficers;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModuleGuard;
import org.opora.itest.AccessMatrix.Kind;
import org.opora.itest.AccessMatrix.Tie;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorService;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.api.team.TeamService;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.ContactService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.UserAdministration;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportQuery;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.api.record.SupportSummary;

/**
 * The demo school's confidential records as the access matrix sees them: for a demo user, every record of each type
 * with the user's {@link Tie}s to it (read as the system, outside any user request), the service calls that read
 * and write it, and the address of its page. Used in the container by {@link AccessMatrixIT} and by the probe the
 * browser test drops into the running distribution.
 */
public final class MatrixRecords {

    /** The demo users (platform.demo's users.properties). */
    public static final List<String> USERS = List.of("admin", "director", "deputy", "head", "psychologist",
            "socped", "teacher");
    static final String NOTE = "access matrix test";

    /**
     * One record for one person.
     *
     * @param marker      for the browser: the id of an element only the record's content has, or {@code text:…} a
     *                    text only its content shows
     * @param fingerprint what a refused write must leave unchanged (read as the system)
     * @param write       read as the system, gives the call to make as the user
     */
    public record Target(Kind kind, long id, String label, String route, Set<Tie> ties, String marker,
            Supplier<Object> read, Supplier<Object> fingerprint, Supplier<Supplier<Object>> write) {
    }

    /** A demo user with their staff record and their posts. */
    public record Person(OporaUser user, String label, Long staffId, StaffMember member,
            List<BodyMember> memberships, Set<Tie> posts) {

        boolean is(Long id) {
            return staffId != null && staffId.equals(id);
        }

        boolean consiliumMemberOn(LocalDate day) {
            return memberships.stream().anyMatch(m -> m.activeOn(day));
        }
    }

    private final Function<Class<?>, Object> services;
    private final LocalDate today = LocalDate.now();
    private List<Pupil> pupils;

    /** @param services the service of a type (waiting for it if need be) */
    public MatrixRecords(Function<Class<?>, Object> services) {
        this.services = services;
    }

    private <T> T get(Class<T> type) {
        return type.cast(services.apply(type));
    }

    /** Whether every demo loader has written. */
    public boolean demoLoaded() {
        return get(UserAdministration.class).users().size() >= USERS.size()
                && get(ProgrammeService.class).count(allProgrammes()) >= 5
                && get(IndividualPlanService.class).count() >= 2
                && get(MeetingService.class).count(MeetingQuery.all()) >= 3
                && get(ReferralService.class).count(ReferralQuery.of(ReferralQuery.Scope.ALL)) >= 2
                && get(CaseService.class).count(allCases()) >= 4
                && get(SupportService.class).count(SupportQuery.all()) >= 3;
    }

    private static ProgrammeQuery allProgrammes() {
        return new ProgrammeQuery(null, null, null, false, false, false);
    }

    private static CaseQuery allCases() {
        return new CaseQuery("", "", false, false, false);
    }

    public Person person(String username) {
        OporaUser user = get(UserAdministration.class).resolve(username)
                .orElseThrow(() -> new IllegalStateException("no demo user " + username));
        StaffMember member = get(StaffService.class).byUsername(username).orElse(null);
        Long staffId = member == null ? null : member.id();
        List<BodyMember> memberships = staffId == null ? List.of()
                : get(ConsiliumOfficers.class).membershipsOf(staffId);
        Set<Tie> posts = EnumSet.noneOf(Tie.class);
        if (user.hasRole("director")) {
            posts.add(Tie.DIRECTOR);
            posts.add(Tie.ADMINISTRATION);
        }
        if (user.hasRole("head-of-service")) {
            posts.add(Tie.HEAD_OF_SERVICE);
        }
        if (member != null && member.is("deputy-director")) {
            posts.add(Tie.ADMINISTRATION);
        }
        if (member != null && member.is("coordinator")) {
            posts.add(Tie.PLAN_COORDINATOR);
        }
        if (member != null && member.is("social-pedagogue")) {
            posts.add(Tie.PATRONAGE_COORDINATOR);
        }
        for (BodyMember m : memberships) {
            if (m.activeOn(today)) {
                posts.add(Tie.CONSILIUM_MEMBER);
                if (Bodies.CHAIR.equals(m.role())) {
                    posts.add(Tie.CONSILIUM_CHAIR);
                }
                if (Set.of(Bodies.CHAIR, Bodies.DEPUTY_CHAIR, Bodies.SECRETARY).contains(m.role())) {
                    posts.add(Tie.CONSILIUM_KEEPER);
                }
            }
        }
        String label = username + " (" + user.roles().stream().sorted().collect(Collectors.joining(", ")) + ")";
        return new Person(user, label, staffId, member, memberships, posts);
    }

    /** Every confidential demo record with the person's ties to it. */
    public List<Target> targets(Person p) {
        List<Target> all = new ArrayList<>();
        programmes(p, all);
        individualPlans(p, all);
        findings(p, all);
        meetings(p, all);
        cases(p, all);
        supports(p, all);
        return all;
    }

    private static Set<Tie> posts(Person p) {
        return p.posts().isEmpty() ? EnumSet.noneOf(Tie.class) : EnumSet.copyOf(p.posts());
    }

    private static String drafter(List<Step> steps) {
        return steps.isEmpty() || steps.get(0).by() == null ? "" : steps.get(0).by();
    }

    private void programmes(Person p, List<Target> all) {
        ProgrammeService programmes = get(ProgrammeService.class);
        SupportPlanService plans = get(SupportPlanService.class);
        for (ProgrammeSummary s : programmes.find(allProgrammes(), 0, 1000)) {
            Programme prog = programmes.get(s.id());
            Set<Tie> ties = posts(p);
            if (p.is(prog.curatorId())) {
                ties.add(Tie.CURATOR);
            }
            if (plans.plan(prog.id()).stream().map(PlanRow::responsibleId).anyMatch(p::is)) {
                ties.add(Tie.PLAN_ROW_RESPONSIBLE);
            }
            if (drafter(prog.steps()).equals(p.user().username())) {
                ties.add(Tie.DRAFTER);
            }
            classTeacher(p, prog.pupilId(), ties);
            long id = prog.id();
            all.add(new Target(Kind.PROGRAMME, id, "programme " + id + " (" + prog.state().code() + ")",
                    "programmes/programme/" + id, ties, "programme-tab-form", () -> programmes.get(id),
                    () -> plans.observations(id).size(), () -> () -> plans.observe(id, today, NOTE)));
        }
    }

    private void individualPlans(Person p, List<Target> all) {
        IndividualPlanService service = get(IndividualPlanService.class);
        for (Pupil pupil : pupils()) {
            for (IndividualPlan plan : service.ofPupil(pupil.id())) {
                Set<Tie> ties = posts(p);
                if (p.is(plan.coordinatorId())) {
                    ties.add(Tie.COORDINATOR_OF_PLAN);
                }
                String drafter = plan.informed() != null ? plan.informed().by() : drafter(plan.steps());
                if (p.user().username().equals(drafter)) {
                    ties.add(Tie.DRAFTER);
                }
                classTeacher(p, plan.pupilId(), ties);
                long id = plan.id();
                all.add(new Target(Kind.PLAN, id, "plan " + id + " (" + plan.state().code() + ")",
                        "programmes/plan/" + id, ties, "plan-info", () -> service.get(id),
                        () -> service.get(id).version(), () -> {
                            IndividualPlan now = service.get(id);
                            IndividualPlanDraft same = new IndividualPlanDraft(now.pupilId(), now.basis(),
                                    now.choices(), now.curriculumHours(), now.start(), now.end(),
                                    now.coordinatorId(), now.deadline(), now.deadlineOrderId());
                            return () -> service.update(id, now.version(), same);
                        }));
            }
        }
    }

    private void findings(Person p, List<Target> all) {
        ReferralService referrals = get(ReferralService.class);
        for (Referral r : referrals.find(ReferralQuery.of(ReferralQuery.Scope.ALL), 0, 1000)) {
            Set<Tie> ties = posts(p);
            boolean psychologist = p.member() != null && p.member().is("psychologist");
            if (p.is(r.examinerId()) || (r.examinerId() == null && psychologist)) {
                ties.add(Tie.EXAMINER);
            }
            if (p.user().username().equals(r.filedBy())) {
                ties.add(Tie.REFERRAL_AUTHOR);
            }
            classTeacher(p, r.pupilId(), ties);
            long id = r.id();
            // a referral not yet examined has no findings to read: only its write is tried
            Supplier<Object> read = r.findings().isEmpty() ? null : () -> {
                Referral seen = referrals.get(id);
                return seen.findingsVisible() && !seen.findings().isEmpty() ? seen : null;
            };
            String marker = r.findings().isEmpty() ? "" : "text:" + firstLine(r.findings());
            all.add(new Target(Kind.FINDINGS, id, "referral " + id + " (" + r.status() + ")",
                    "consilium/referral/" + id, ties, marker, read, () -> referrals.get(id).version(), () -> {
                        long version = referrals.get(id).version();
                        return () -> referrals.recordExamination(id, version, new Examination(today, NOTE, true));
                    }));
        }
    }

    private void meetings(Person p, List<Target> all) {
        MeetingService meetings = get(MeetingService.class);
        AgendaService agenda = get(AgendaService.class);
        ParticipantService participants = get(ParticipantService.class);
        ProtocolService protocols = get(ProtocolService.class);
        for (Meeting m : meetings.find(MeetingQuery.all(), 0, 1000)) {
            Set<Tie> ties = posts(p);
            if (p.consiliumMemberOn(m.date())) {
                ties.add(Tie.CONSILIUM_MEMBER);
            }
            if (p.is(m.chairId()) || p.is(m.secretaryId())) {
                ties.add(Tie.MEETING_OFFICER);
            }
            if (participants.participants(m.id()).stream().map(Participant::staffId).anyMatch(p::is)) {
                ties.add(Tie.PARTICIPANT);
            }
            for (AgendaItem item : agenda.agenda(m.id())) {
                if (item.presentations().stream().map(Presentation::staffId).anyMatch(p::is)) {
                    ties.add(Tie.PRESENTER);
                }
                classTeacher(p, item.pupilId(), ties);
            }
            long id = m.id();
            all.add(new Target(Kind.MEETING, id, "meeting " + m.number() + " (" + m.status() + ")",
                    "consilium/meeting/" + id, ties, "meeting-tab-agenda", () -> {
                        // the header or the agenda: either discloses the meeting
                        Object header = quiet(() -> meetings.get(id));
                        Object items = quiet(() -> agenda.agenda(id));
                        if (header == null && items == null) {
                            throw new AccessDeniedException("consilium.meeting");
                        }
                        return header != null ? header : items;
                    }, () -> meetings.get(id).version(), () -> {
                        Meeting now = meetings.get(id);
                        return () -> protocols.recordConclusion(id, now.version(), now.conclusion());
                    }));
        }
    }

    private void cases(Person p, List<Target> all) {
        CaseService cases = get(CaseService.class);
        CuratorService curators = get(CuratorService.class);
        TeamService teams = get(TeamService.class);
        ContactService contacts = get(ContactService.class);
        for (CaseSummary s : cases.find(allCases(), 0, 1000)) {
            long id = s.id();
            Set<Tie> ties = posts(p);
            if (curators.curators(id).stream().map(Curator::staffId).anyMatch(p::is)) {
                ties.add(Tie.CASE_CURATOR);
            }
            if (teams.members(id).stream().map(TeamMember::staffId).anyMatch(p::is)) {
                ties.add(Tie.MICRO_TEAM);
            }
            if (teams.assignments(id).stream().map(Assignment::staffId).anyMatch(p::is)) {
                ties.add(Tie.SPECIALIST_INVOLVED);
            }
            PatronageCase c = cases.get(id);
            classTeacher(p, c.pupilId(), ties);
            all.add(new Target(Kind.CASE, id, "case " + id + (c.open() ? "" : " (closed)"), "patronage/case/" + id,
                    ties, "patronage-case-tabs", () -> cases.get(id), () -> contacts.contacts(id).size(),
                    () -> () -> contacts.log(id, new ContactDraft(today, ContactParty.PARENTS, NOTE,
                            ContactForm.PHONE, NOTE, "", null))));
        }
    }

    private void supports(Person p, List<Target> all) {
        SupportService supports = get(SupportService.class);
        for (SupportSummary s : supports.find(SupportQuery.all(), 0, 1000)) {
            SupportRecord r = supports.get(s.id());
            Set<Tie> ties = posts(p);
            if (p.is(r.leadId())) {
                ties.add(Tie.LEAD);
            }
            if (r.participants().stream().anyMatch(x -> p.is(x.staffId()))) {
                ties.add(Tie.SUPPORT_PARTICIPANT);
            }
            long id = r.id();
            all.add(new Target(Kind.SUPPORT, id, "support " + id + " (" + r.status() + ")",
                    "teacher-support/record/" + id, ties, "ts-record-tabs", () -> supports.get(id),
                    () -> supports.get(id).version(), () -> {
                        SupportRecord now = supports.get(id);
                        SupportDraft same = new SupportDraft(now.teacherId(), now.decidedOn(), now.leadId(),
                                now.participants().stream()
                                        .map(org.opora.teachersupport.api.record.Participant::staffId).toList(),
                                now.plannedForms(), now.plannedNote());
                        return () -> supports.update(id, now.version(), same);
                    }));
        }
    }

    private List<Pupil> pupils() {
        if (pupils == null) {
            pupils = get(PupilService.class).find(PupilQuery.all(), 0, Integer.MAX_VALUE);
        }
        return pupils;
    }

    private void classTeacher(Person p, long pupilId, Set<Tie> ties) {
        if (pupils().stream().anyMatch(x -> x.id() == pupilId && p.is(x.classTeacherId()))) {
            ties.add(Tie.CLASS_TEACHER_OF_PUPIL);
        }
    }

    /**
     * Gives the demo's class teacher ({@code teacher}, who takes part in none of the demo's records) a part in one
     * record of each type where the regulations let a teacher take part, so that the matrix has her on both sides:
     * a referral she files about a pupil of her class (examined), a row of a programme's plan she is responsible
     * for, a presentation asked of her for the meeting in preparation, the micro-team of an open case and the
     * participants of an open teacher support. Written as the system, outside any user request.
     */
    public void prepare() {
        OporaUser teacherUser = get(UserAdministration.class).resolve("teacher").orElseThrow();
        StaffMember teacher = get(StaffService.class).byUsername("teacher").orElseThrow();
        long tid = teacher.id();
        Pupil own = pupils().stream().filter(x -> Long.valueOf(tid).equals(x.classTeacherId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo teacher leads no class"));

        ReferralService referrals = get(ReferralService.class);
        Referral any = referrals.find(ReferralQuery.of(ReferralQuery.Scope.ALL), 0, 1).get(0);
        Referral filed = ModuleGuard.actingAs(teacherUser, () -> referrals.file(new ReferralDraft(own.id(),
                today.minusDays(1), any.signs(), NOTE)));
        referrals.recordExamination(filed.id(), filed.version(), new Examination(today, NOTE + ": findings", true));

        ProgrammeService programmes = get(ProgrammeService.class);
        SupportPlanService plans = get(SupportPlanService.class);
        // a row on the first programme whose plan may still be changed (a draft; an approved one is read-only)
        PlanRow model = programmes.find(allProgrammes(), 0, 1000).stream().flatMap(x -> plans.plan(x.id()).stream())
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo plan row"));
        boolean added = false;
        for (ProgrammeSummary s : programmes.find(allProgrammes(), 0, 1000)) {
            Programme prog = programmes.get(s.id());
            if (added || prog.state().isFinal() || prog.tasks().isEmpty()) {
                continue;
            }
            try {
                plans.addRow(s.id(), new PlanRowDraft(NOTE, model.form(), prog.tasks().get(0).id(), model.target(),
                        model.participants(), tid, prog.start(), prog.start(), model.plannedResult(),
                        model.direction()));
                added = true;
            } catch (org.opora.core.api.CoreException notEditable) {
                // approved: read-only, the next one
            }
        }
        if (!added) {
            throw new IllegalStateException("no demo programme takes a plan row");
        }

        MeetingService meetings = get(MeetingService.class);
        AgendaService agenda = get(AgendaService.class);
        Meeting open = meetings.find(MeetingQuery.all(), 0, 1000).stream().filter(m -> !m.finalised()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo meeting in preparation"));
        List<AgendaItem> items = agenda.agenda(open.id());
        if (items.isEmpty()) {
            get(ParticipantService.class).addParticipant(open.id(), ParticipantDraft.staff(tid));
        } else {
            get(ContributionService.class).requestPresentation(items.get(0).id(), tid);
        }

        CaseService cases = get(CaseService.class);
        CaseSummary openCase = cases.find(CaseQuery.open(), 0, 1).get(0);
        get(TeamService.class).addMember(openCase.id(), tid, NOTE, today);

        SupportService supports = get(SupportService.class);
        SupportRecord r = supports.find(SupportQuery.all(), 0, 1000).stream().map(x -> supports.get(x.id()))
                .filter(x -> !x.concluded()).findFirst().orElseThrow();
        List<Long> taking = new ArrayList<>(r.participants().stream()
                .map(org.opora.teachersupport.api.record.Participant::staffId).toList());
        taking.add(tid);
        supports.update(r.id(), r.version(), new SupportDraft(r.teacherId(), r.decidedOn(), r.leadId(), taking,
                r.plannedForms(), r.plannedNote()));
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) : line;
    }

    static Object quiet(Supplier<Object> call) {
        try {
            return call.get();
        } catch (AccessDeniedException | NotFoundException refused) {
            return null;
        }
    }
}
