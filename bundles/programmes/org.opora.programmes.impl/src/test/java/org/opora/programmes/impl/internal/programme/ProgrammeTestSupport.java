package org.opora.programmes.impl.internal.programme;

import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.EXISTENCE;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.StaffMember;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.support.ProgrammesServiceTestSupport;

/**
 * A school as the programmes' tests meet it: the curator (a psychologist who drafts programmes), a social
 * pedagogue who is responsible for plan rows, the director, the class teacher of the pupil's class, the consilium's
 * chair and secretary, and a specialist with nothing to do with the pupil. The services of the programme start from
 * here; a programme is written by the curator with one task and one row, and taken on through its lifecycle.
 */
abstract class ProgrammeTestSupport extends ProgrammesServiceTestSupport {

    static final String PROGRAMME = ProgrammeContext.PROGRAMME;
    static final String ROW = ProgrammeContext.ROW;
    static final String OBSERVATION = Observations.OBSERVATION;

    StaffMember curator;
    StaffMember specialist;
    StaffMember director;
    StaffMember classTeacher;
    StaffMember chair;
    StaffMember secretary;
    StaffMember stranger;
    SchoolClass nineA;
    Pupil pupil;

    @BeforeEach
    void school() {
        curator = core.addStaff("Volkova", "volkova", "psychologist");
        specialist = core.addStaff("Belov", "belov", "social-pedagogue");
        director = core.addStaff("Orlova", "orlova");
        classTeacher = core.addStaff("Smirnova", "smirnova");
        chair = core.addStaff("Petrova", "petrova", "psychologist");
        secretary = core.addStaff("Kozlova", "kozlova", "speech-therapist");
        stranger = core.addStaff("Ivanova", "ivanova", "psychologist");
        core.addMember(chair, Bodies.CHAIR);
        core.addMember(secretary, Bodies.SECRETARY);
        nineA = core.addClass(9, "A", classTeacher);
        pupil = core.addPupil("Grigoriev", nineA);
    }

    static LocalDate today() {
        return LocalDate.now();
    }

    void asCurator() {
        signIn("volkova", ACCESS, EXISTENCE, DRAFT);
    }

    void asSpecialist() {
        signIn("belov", ACCESS, EXISTENCE, DRAFT);
    }

    void asDirector() {
        signInWithRoles("orlova", Set.of("director"), ACCESS, EXISTENCE, READ_ALL);
    }

    void asClassTeacher() {
        signIn("smirnova", ACCESS, EXISTENCE);
    }

    void asChair() {
        signIn("petrova", ACCESS, EXISTENCE, DRAFT);
    }

    void asSecretary() {
        signIn("kozlova", ACCESS, EXISTENCE, DRAFT);
    }

    void asStranger() {
        signIn("ivanova", ACCESS, EXISTENCE, DRAFT);
    }

    /** A standard programme of six months from today with the tasks, no curator appointed yet. */
    ProgrammeDraft draft(String... tasks) {
        return draft(today(), today().plusMonths(6), "standard", tasks);
    }

    ProgrammeDraft draft(LocalDate start, LocalDate end, String risk, String... tasks) {
        List<Task> list = new ArrayList<>();
        for (String t : tasks) {
            list.add(new Task(0, list.size() + 1, t));
        }
        return new ProgrammeDraft(pupil.id(), ProtocolCitation.typed("7", today().minusDays(3)),
                "Conflict with the parents", "High anxiety", "Overcome the crisis", list, "class teacher, psychologist",
                "Music", "Grandmother", "A stable state", "Self-assessment", start, end, List.of("psychological"),
                risk, null);
    }

    /** The same draft with the curator (only the consilium's chair may save it). */
    static ProgrammeDraft withCurator(ProgrammeDraft d, Long curatorId) {
        return new ProgrammeDraft(d.pupilId(), d.protocol(), d.grounds(), d.diagnostics(), d.goal(), d.tasks(),
                d.participants(), d.internalResources(), d.externalResources(), d.expectedResults(), d.criteria(),
                d.start(), d.end(), d.directions(), d.riskCategory(), curatorId);
    }

    /** The consilium's chair appoints the psychologist curator of the programme; the curator signed in after. */
    Programme appointed(Programme p) {
        asChair();
        Programme done = programmes.appointCurator(p.id(), p.version(), curator.id());
        asCurator();
        return done;
    }

    /** The same content as the programme has, with other tasks (ids kept where given). */
    static ProgrammeDraft withTasks(Programme p, List<Task> tasks) {
        return new ProgrammeDraft(p.pupilId(), p.protocol(), p.grounds(), p.diagnostics(), p.goal(), tasks,
                p.participants(), p.internalResources(), p.externalResources(), p.expectedResults(), p.criteria(),
                p.start(), p.end(), p.directions(), p.riskCategory(), p.curatorId());
    }

    /** A row for the task, on a day a week after today, the social pedagogue responsible. */
    PlanRowDraft row(long taskId, String activity) {
        LocalDate day = today().plusDays(7);
        return new PlanRowDraft(activity, "individual talk", taskId, "pupil", "pupil", specialist.id(), day, day,
                "Lower anxiety", "psychological");
    }

    /** A programme the curator wrote: one task, one row serving it. */
    Programme written() {
        asCurator();
        Programme p = programmes.create(draft("Lower anxiety"));
        plan.addRow(p.id(), row(p.tasks().get(0).id(), "Consultation"));
        return appointed(programmes.get(p.id()));
    }

    /** Discussed with the parents and consented to, ready for the director. */
    Programme consented() {
        Programme p = written();
        p = lifecycle.discussedWithParents(p.id(), p.version(), today());
        return lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), "Grigorieva Maria", ""));
    }

    /** Approved by the director. */
    Programme approved() {
        Programme p = consented();
        asDirector();
        return lifecycle.approve(p.id(), p.version(), today());
    }

    /** Started by the curator. */
    Programme started() {
        Programme p = approved();
        asCurator();
        return lifecycle.start(p.id(), p.version(), today());
    }

    /** Sent to the consilium by the curator. */
    Programme inReview() {
        Programme p = started();
        return lifecycle.toReview(p.id(), p.version(), today());
    }

    /**
     * A programme carried out since the day (every step on that day), with one row from {@code rowFrom} to
     * {@code rowTo}, the social pedagogue responsible; the curator signed in.
     */
    Programme runningSince(LocalDate start, LocalDate rowFrom, LocalDate rowTo) {
        asCurator();
        Programme p = programmes.create(draft(start, start.plusMonths(6), "standard", "Lower anxiety"));
        plan.addRow(p.id(), new PlanRowDraft("Consultation", "individual talk", p.tasks().get(0).id(), "pupil",
                "pupil", specialist.id(), rowFrom, rowTo, "Lower anxiety", ""));
        appointed(programmes.get(p.id()));
        p = lifecycle.discussedWithParents(p.id(), programmes.get(p.id()).version(), start);
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, start, "Grigorieva Maria", ""));
        asDirector();
        p = lifecycle.approve(p.id(), p.version(), start);
        asCurator();
        return lifecycle.start(p.id(), p.version(), start);
    }

    /** The only row of the programme. */
    PlanRow onlyRow(Programme p) {
        asCurator();
        return plan.plan(p.id()).get(0);
    }

    static ProtocolCitation protocol(String number) {
        return ProtocolCitation.typed(number, today());
    }
}
