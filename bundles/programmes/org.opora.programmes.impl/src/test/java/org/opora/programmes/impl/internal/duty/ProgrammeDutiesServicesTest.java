package org.opora.programmes.impl.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.COORDINATE;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.support.ProgrammesServiceTestSupport;

/**
 * "My duties" of individual support on the real services: each person sees what is theirs to do (the overdue row to
 * its responsible specialist and the curator, the programme ending soon to its curator, what awaits the approval to
 * the director, the plan awaiting the agreement to the coordinator), nobody else sees it, and nothing is journaled.
 */
class ProgrammeDutiesServicesTest extends ProgrammesServiceTestSupport {

    private static final Locale EN = Locale.ENGLISH;

    private ProgrammeDuties duties;
    private StaffMember curator;
    private StaffMember specialist;
    /** The coordinator of individual plans (001 section 8). */
    private StaffMember coordinator;
    private Pupil pupil;

    @BeforeEach
    void school() {
        duties = new ProgrammeDuties(db, rules, people, new MessagesTranslator(), core.referenceLists());
        curator = core.addStaff("Volkova", "volkova", "psychologist");
        specialist = core.addStaff("Belov", "belov", "social-pedagogue");
        core.addStaff("Orlova", "orlova");
        coordinator = core.addStaff("Kuznetsova", "kuznetsova");
        core.addStaff("Ivanova", "ivanova");
        pupil = core.addPupil("Grigoriev", core.addClass(9, "A", core.addStaff("Smirnova", "smirnova")));
        core.flag(pupil, "ovz");
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    /**
     * A programme carried out since two months ago until the day after tomorrow, with one row that ended a week ago
     * and was not marked done.
     */
    private Programme runningAndEndingSoon() {
        return running(today().minusMonths(3), today().plusDays(2));
    }

    /** A programme carried out from the start to the end, with one row that ended a week ago, not marked done. */
    private Programme running(LocalDate start, LocalDate end) {
        signIn("volkova", ACCESS, DRAFT);
        Programme p = programmes.create(new ProgrammeDraft(pupil.id(), ProtocolCitation.typed("7", start), "Conflict",
                "High anxiety", "Overcome the crisis", List.of(new Task(0, 1, "Lower anxiety")), "", "", "", "", "", start,
                end, List.of(), "standard", curator.id()));
        plan.addRow(p.id(), new PlanRowDraft("Consultation", "", p.tasks().get(0).id(), "pupil", "", specialist.id(),
                start.plusDays(1), today().minusDays(7), "", ""));
        p = lifecycle.discussedWithParents(p.id(), programmes.get(p.id()).version(), start);
        p = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, start, "Grigorieva Maria", ""));
        signInWithRoles("orlova", Set.of("director"), ACCESS, READ_ALL);
        p = lifecycle.approve(p.id(), p.version(), start);
        signIn("volkova", ACCESS, DRAFT);
        return lifecycle.start(p.id(), p.version(), start);
    }

    private List<String> titles(String username, String... permissions) {
        return titles(FakeSecurityContext.user(username, permissions));
    }

    /** The director's account: the seed schools' chains have the role {@code director} approve. */
    private static OporaUser director() {
        return new OporaUser("orlova", "orlova", Set.of("director"), Set.of(ACCESS, READ_ALL), EN);
    }

    private List<String> titles(OporaUser user) {
        List<Duty> found = duties.dutiesOf(user, EN);
        return found.stream().map(d -> d.title() + " | " + d.detail() + " | " + d.route()).toList();
    }

    @Test
    void theOverdueRowAndTheEndingProgrammeAreTheirs() {
        Programme p = runningAndEndingSoon();
        asSystem();
        String route = "programmes/programme/" + p.id();
        String pupilLine = "Grigoriev Ivan Petrovich, 9A";
        String overdue = "Activity No. 1 of a support programme is overdue (due "
                + FieldChecks.day(today().minusDays(7)) + ") | " + pupilLine + " | " + route;

        assertEquals(List.of(overdue), titles("belov", ACCESS, DRAFT));
        assertEquals(List.of(overdue, "Support programme ends on "
                + FieldChecks.day(today().plusDays(2)) + ": prepare the consilium review | "
                + pupilLine + " | " + route), titles("volkova", ACCESS, DRAFT));
        assertEquals(List.of(), titles("ivanova", ACCESS, DRAFT));
        assertEquals(List.of(), titles("volkova"), "without programmes.access there are no duties");
        assertEquals(List.of(), audit.entries(), "duties are not reads of the content");
    }

    @Test
    void aProgrammePastItsEndStaysWithTheCuratorUntilTheConsiliumDecides() {
        LocalDate end = today().minusDays(5);
        Programme p = running(today().minusMonths(4), end);
        String pastEnd = "Support programme ended on " + FieldChecks.day(end) + " without the consilium\u2019s"
                + " decision on its results: hold the review | Grigoriev Ivan Petrovich, 9A | programmes/programme/"
                + p.id();
        asSystem();
        assertTrue(titles("volkova", ACCESS, DRAFT).contains(pastEnd));
        assertFalse(titles("belov", ACCESS, DRAFT).contains(pastEnd), "the curator's, not the specialist's");

        signIn("volkova", ACCESS, DRAFT);
        Programme review = lifecycle.toReview(p.id(), p.version(), today());
        asSystem();
        assertTrue(titles("volkova", ACCESS, DRAFT).contains(pastEnd), "sent to the consilium, not yet decided");

        signIn("volkova", ACCESS, DRAFT);
        lifecycle.close(review.id(), review.version(), ProtocolCitation.typed("12", today()), "Reached");
        asSystem();
        assertFalse(titles("volkova", ACCESS, DRAFT).contains(pastEnd));
    }

    @Test
    void anApprovedPlanPastItsEndStaysWithItsCoordinatorUntilClosed() {
        LocalDate start = today().minusMonths(6);
        LocalDate end = today().minusDays(3);
        long appointment = core.addOrder("3-k", start.minusDays(10)).id();
        long deadline = core.addOrder("12-od", start).id();
        signIn("volkova", ACCESS, DRAFT);
        plans.informParents(pupil.id(), start, "Grigorieva Maria");
        IndividualPlan ip = plans.create(new IndividualPlanDraft(pupil.id(), "ovz", List.of(), 30, start, end,
                coordinator.id(), start.plusDays(14), deadline, appointment));
        ip = plans.recordAcquaintance(ip.id(), ip.version(), new org.opora.programmes.api.plan.Acquaintance(start,
                "Grigorieva Maria", true, true, true, ""));
        ip = plans.discussedWithParents(ip.id(), ip.version(), start);
        ip = plans.recordConsent(ip.id(), ip.version(), new Consent(true, start, "Grigorieva Maria", ""));
        signIn("kuznetsova", ACCESS, COORDINATE);
        ip = plans.agree(ip.id(), ip.version(), start);
        signInWithRoles("orlova", Set.of("director"), ACCESS, READ_ALL);
        ip = plans.approve(ip.id(), ip.version(), start);
        String pastEnd = "The individual plan ended on " + FieldChecks.day(end) + " and is not closed: record the"
                + " results and the analysis of the work and close it (\u00a78.3.2) | Grigoriev Ivan Petrovich, 9A"
                + " | programmes/plan/" + ip.id();
        asSystem();
        assertTrue(titles("kuznetsova", ACCESS, COORDINATE).contains(pastEnd), titles("kuznetsova", ACCESS,
                COORDINATE).toString());
        assertFalse(titles("volkova", ACCESS, DRAFT).contains(pastEnd), "the coordinator's, not the drafter's");

        signIn("kuznetsova", ACCESS, COORDINATE);
        ip = plans.start(ip.id(), ip.version(), start.plusDays(1));
        asSystem();
        assertTrue(titles("kuznetsova", ACCESS, COORDINATE).contains(pastEnd), "in progress, not closed");

        signIn("kuznetsova", ACCESS, COORDINATE);
        ip = plans.recordResults(ip.id(), ip.version(), "Reads fluently");
        plans.close(ip.id(), ip.version(), today(), "Aims reached");
        asSystem();
        assertFalse(titles("kuznetsova", ACCESS, COORDINATE).contains(pastEnd));
    }

    @Test
    void whatAwaitsTheApprovalIsTheDirectorsAndThePlanAwaitingTheAgreementTheCoordinators() {
        signIn("volkova", ACCESS, DRAFT);
        Programme p = programmes.create(new ProgrammeDraft(pupil.id(), null, "", "", "Goal",
                List.of(new Task(0, 1, "Lower anxiety")), "", "", "", "", "", today(), today().plusMonths(6),
                List.of(), "standard", curator.id()));
        plan.addRow(p.id(), new PlanRowDraft("Consultation", "", p.tasks().get(0).id(), "pupil", "", specialist.id(),
                today().plusDays(1), today().plusDays(1), "", ""));
        p = lifecycle.discussedWithParents(p.id(), programmes.get(p.id()).version(), today());
        lifecycle.recordConsent(p.id(), p.version(), new Consent(true, today(), "Grigorieva Maria", ""));
        plans.informParents(pupil.id(), today(), "Grigorieva Maria");
        IndividualPlan ip = plans.create(new IndividualPlanDraft(pupil.id(), "ovz", List.of(), 30, today(),
                today().plusMonths(9), null, null, null));
        ip = plans.recordAcquaintance(ip.id(), ip.version(), new org.opora.programmes.api.plan.Acquaintance(today(),
                "Grigorieva Maria", true, true, true, ""));
        ip = plans.discussedWithParents(ip.id(), ip.version(), today());
        plans.recordConsent(ip.id(), ip.version(), new Consent(true, today(), "Grigorieva Maria", ""));
        asSystem();

        assertEquals(List.of("Approve a support programme | Grigoriev Ivan Petrovich, 9A | programmes/programme/"
                + p.id()), titles(director()));
        assertEquals(List.of("Agree an individual plan | Grigoriev Ivan Petrovich, 9A | programmes/plan/" + ip.id()),
                titles("kuznetsova", ACCESS, COORDINATE));
        assertEquals(List.of(), titles("ivanova", ACCESS, DRAFT));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void theDutyOfTheChainGoesToTheHoldersOfTheNextStepsRoleAndNobodyElse() {
        wire(Map.of("programmeApprovalChain", new String[] { "agree: director", "approve: deputy" }));
        duties = new ProgrammeDuties(db, rules, people, new MessagesTranslator(), core.referenceLists());
        signIn("volkova", ACCESS, DRAFT);
        Programme p = programmes.create(new ProgrammeDraft(pupil.id(), null, "Conflict", "High anxiety", "Goal",
                List.of(new Task(0, 1, "Lower anxiety")), "", "", "", "", "", today(), today().plusMonths(6),
                List.of(), "standard", curator.id()));
        plan.addRow(p.id(), new PlanRowDraft("Consultation", "", p.tasks().get(0).id(), "pupil", "", specialist.id(),
                today().plusDays(1), today().plusDays(1), "", ""));
        p = lifecycle.discussedWithParents(p.id(), programmes.get(p.id()).version(), today());
        Programme consented = lifecycle.recordConsent(p.id(), p.version(),
                new Consent(true, today(), "Grigorieva Maria", ""));
        asSystem();
        OporaUser deputy = new OporaUser("kuznetsova", "kuznetsova", Set.of("deputy"), Set.of(ACCESS), EN);
        String line = " | Grigoriev Ivan Petrovich, 9A | programmes/programme/" + p.id();

        assertEquals(List.of("Agree a support programme" + line), titles(director()));
        assertEquals(List.of(), titles(deputy), "the approval waits for the agreement");
        signInWithRoles("orlova", Set.of("director"), ACCESS, READ_ALL);
        lifecycle.agree(p.id(), consented.version(), today());
        asSystem();
        assertEquals(List.of(), titles(director()));
        assertEquals(List.of("Approve a support programme" + line), titles(deputy));
        assertEquals(List.of(), titles("ivanova", ACCESS, DRAFT));
    }

    @Test
    void anEligiblePupilWithoutAPlanOfTheYearIsTheCoordinatorsDutyUntilOneIsOpened() {
        Pupil gifted = core.addPupil("Alexeev", core.addClass(3, "A", core.addStaff("Petrova", "petrova")));
        core.flag(gifted, "gifted");
        Pupil atRisk = core.addPupil("Borisov", core.addClass(5, "B", core.addStaff("Sidorova", "sidorova")));
        core.flag(atRisk, "at-risk");
        Pupil left = core.addArchivedPupil("Denisov");
        core.flag(left, "ovz");
        core.flag(pupil, "disabled");

        String owed = "No individual plan drawn up: it is obligatory for the pupil (Regulation on the individual"
                + " support of pupils, §6.1). | ";
        assertEquals(List.of(owed + "Grigoriev I. P., 9A (OVZ) | programmes/plans/" + pupil.id()),
                titles("kuznetsova", ACCESS, COORDINATE), "once per pupil, by the first flag of the setting; the"
                        + " gifted are entitled to a plan (§7.1) but it is not obligatory for them (§6.1)");
        assertEquals(List.of(), titles("ivanova", ACCESS, DRAFT), "only the holders of programmes.coordinate");

        signIn("volkova", ACCESS, DRAFT);
        plans.informParents(pupil.id(), today(), "Grigorieva Maria");
        asSystem();
        assertEquals(List.of(), titles("kuznetsova", ACCESS, COORDINATE),
                "a plan opened this year (in any state) ends the duty");
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void aSchoolWithoutIndividualPlansOwesNone() {
        wire(Map.of("individualPlansEnabled", false));
        duties = new ProgrammeDuties(db, rules, people, new MessagesTranslator(), core.referenceLists());
        assertEquals(List.of(), titles("kuznetsova", ACCESS, COORDINATE));
    }
}
