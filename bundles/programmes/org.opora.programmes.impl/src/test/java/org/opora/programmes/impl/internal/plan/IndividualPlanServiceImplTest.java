package org.opora.programmes.impl.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.COORDINATE;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.ProgrammesServiceTestSupport;

/**
 * Individual plans of regulation 001: the parents informed first, drafting for an eligible pupil within the load of
 * the grade, the coordinator's agreement and the director's approval within the deadline of an order, changes after
 * approval fixed by an order; who may read and keep a plan; stale copies; the journal.
 */
class IndividualPlanServiceImplTest extends ProgrammesServiceTestSupport {

    private static final String PLAN = PlanContext.PLAN;

    private StaffMember drafter;
    private StaffMember coordinator;
    /** The order appointing the coordinator (001 §8.3.1). */
    private Order appointment;
    private StaffMember otherCoordinator;
    private Pupil pupil;
    private Pupil notEligible;
    private Order deadlineOrder;

    @BeforeEach
    void school() {
        drafter = core.addStaff("Volkova", "volkova", "psychologist");
        coordinator = core.addStaff("Kuznetsova", "kuznetsova");
        otherCoordinator = core.addStaff("Sorokina", "sorokina");
        core.addStaff("Orlova", "orlova");
        core.addStaff("Ivanova", "ivanova", "psychologist");
        SchoolClass fiveB = core.addClass(5, "B", core.addStaff("Smirnova", "smirnova"));
        pupil = core.addPupil("Petrov", fiveB);
        core.flag(pupil, "ovz");
        notEligible = core.addPupil("Sidorov", fiveB);
        core.flag(notEligible, "at-risk");
        deadlineOrder = core.addOrder("12-od", today().minusDays(7));
        appointment = core.addOrder("3-k", today().minusMonths(2));
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private void asDrafter() {
        signIn("volkova", ACCESS, DRAFT);
    }

    private void asCoordinator() {
        signIn("kuznetsova", ACCESS, COORDINATE);
    }

    private void asDirector() {
        signInWithRoles("orlova", Set.of("director"), ACCESS, READ_ALL);
    }

    private void asStranger() {
        signIn("ivanova", ACCESS, DRAFT);
    }

    /** Curriculum 25 hours a week, two lessons of two hours added, the coordinator named, the order's deadline. */
    private IndividualPlanDraft draft(long pupilId) {
        return draft(pupilId, List.of(new PlanChoice(0, "lesson", "Chess", 2, ""),
                new PlanChoice(0, "activity", "Choir", 2, "On Fridays")), 25);
    }

    private IndividualPlanDraft draft(long pupilId, List<PlanChoice> choices, int curriculumHours) {
        return new IndividualPlanDraft(pupilId, "ovz", choices, curriculumHours, today(), today().plusMonths(9),
                coordinator.id(), today().plusDays(14), deadlineOrder.id(), appointment.id());
    }

    private IndividualPlan drafted() {
        asDrafter();
        plans.informParents(pupil.id(), today(), "Petrova Maria");
        return plans.create(draft(pupil.id()));
    }

    /** The parents acquainted with all three of 001 §4.3, as the drafter records it. */
    private IndividualPlan acquainted(IndividualPlan p) {
        return plans.recordAcquaintance(p.id(), p.version(),
                new Acquaintance(today(), "Petrova Maria", true, true, true, ""));
    }

    @Test
    void theDiscussionWaitsForTheParentsAcquaintanceWithAllThreeWhichIsRecordedShownAndJournaled() {
        IndividualPlan p = drafted();
        IndividualPlan drafted = p;
        refused("programmes.rule.acquaintance.missing",
                () -> plans.discussedWithParents(drafted.id(), drafted.version(), today()));
        refused("programmes.rule.acquaintance.nothing", () -> plans.recordAcquaintance(drafted.id(),
                drafted.version(), new Acquaintance(today(), "Petrova Maria", false, false, false, "")));
        p = plans.recordAcquaintance(p.id(), p.version(),
                new Acquaintance(today(), " Petrova Maria ", true, true, false, ""));
        assertEquals(new Acquaintance(today(), "Petrova Maria", true, true, false, p.acquaintance().recordedBy()),
                p.acquaintance());
        assertFalse(p.acquaintance().recordedBy().isEmpty());
        assertTrue(p.steps().stream().anyMatch(s -> s.kind().equals("ACQUAINTED")));
        IndividualPlan partly = p;
        refused("programmes.rule.acquaintance.incomplete",
                () -> plans.discussedWithParents(partly.id(), partly.version(), today()));
        p = acquainted(p);
        p = plans.discussedWithParents(p.id(), p.version(), today());
        assertEquals(ProgrammeState.DISCUSSED_WITH_PARENTS, p.state());
        assertTrue(p.acquaintance().complete());
        assertTrue(audit.entries().stream().anyMatch(e -> e.event().summary().equals("parents acquainted")),
                audit.entries().toString());
        IndividualPlan discussed = p;
        refused("programmes.error.notEditable", () -> plans.recordAcquaintance(discussed.id(),
                discussed.version(), new Acquaintance(today(), "Petrova Maria", true, true, true, "")));
    }

    @Test
    void theCoordinatorIsNamedOnlyWithTheOrderAppointingThemWhichIsShown() {
        asDrafter();
        plans.informParents(pupil.id(), today(), "Petrova Maria");
        IndividualPlanDraft d = draft(pupil.id());
        ValidationException e = refused("programmes.rule.coordinatorOrder.missing", () -> plans.create(
                new IndividualPlanDraft(d.pupilId(), d.basis(), d.choices(), d.curriculumHours(), d.start(),
                        d.end(), d.coordinatorId(), d.deadline(), d.deadlineOrderId())));
        assertEquals("coordinatorOrderId", e.field());
        refused("programmes.error.orderUnknown", () -> plans.create(new IndividualPlanDraft(d.pupilId(), d.basis(),
                d.choices(), d.curriculumHours(), d.start(), d.end(), d.coordinatorId(), d.deadline(),
                d.deadlineOrderId(), 4242L)));
        IndividualPlan p = plans.create(d);
        assertEquals(appointment.id(), p.coordinatorOrderId());
        assertEquals("3-k", p.coordinatorOrder());
        assertEquals(appointment.date(), p.coordinatorOrderDate());
        p = plans.update(p.id(), p.version(), new IndividualPlanDraft(d.pupilId(), d.basis(), d.choices(),
                d.curriculumHours(), d.start(), d.end(), null, d.deadline(), d.deadlineOrderId(), appointment.id()));
        assertEquals(null, p.coordinatorOrderId(), "no coordinator, no order");
        assertEquals("", p.coordinatorOrder());
    }

    private IndividualPlan consented() {
        IndividualPlan p = acquainted(drafted());
        p = plans.discussedWithParents(p.id(), p.version(), today());
        return plans.recordConsent(p.id(), p.version(), new Consent(true, today(), "Petrova Maria", ""));
    }

    private IndividualPlan approved() {
        IndividualPlan p = consented();
        asCoordinator();
        p = plans.agree(p.id(), p.version(), today());
        asDirector();
        return plans.approve(p.id(), p.version(), today());
    }

    @Test
    void informingTheParentsOpensThePlanWhichIsThenDraftedForTheEligiblePupil() {
        asDrafter();
        refused("core.error.future", () -> plans.informParents(pupil.id(), today().plusDays(1), "Petrova Maria"));
        refused("core.error.required", () -> plans.informParents(pupil.id(), today(), " "));
        IndividualPlan opened = plans.informParents(pupil.id(), today().minusDays(2), "Petrova Maria");
        audited("volkova", AuditAction.CREATE, PLAN, opened.id());
        assertEquals(List.of(ProgrammeState.DRAFT, "Petrova Maria"), List.of(opened.state(), opened.informed().note()));
        IndividualPlan again = plans.informParents(pupil.id(), today(), "Petrov Oleg");
        assertEquals(opened.id(), again.id(), "the plan not drafted yet is the one informed again");
        assertEquals(today(), again.informed().date());

        IndividualPlan p = plans.create(draft(pupil.id()));
        assertEquals(List.of(opened.id(), 5, "ovz", 29, coordinator.name().full(), "12-od"), List.of(p.id(),
                p.grade(), p.basis(), p.weeklyHours(), p.coordinatorName(), p.deadlineOrder()));
        assertEquals(List.of("Chess", "Choir"), p.choices().stream().map(PlanChoice::title).toList());
        audited("volkova", AuditAction.UPDATE, PLAN, p.id());
        assertEquals("drafted", audit.last().summary());
    }

    @Test
    void aPlanIsDraftedOnlyForAnEligiblePupilWhoseParentsWereInformedWithinTheLoadOfTheGrade() {
        asDrafter();
        refused("programmes.rule.informed.missing", () -> plans.create(draft(pupil.id())));
        plans.informParents(pupil.id(), today(), "Petrova Maria");
        plans.informParents(notEligible.id(), today(), "Sidorova Anna");
        audit.clear();
        ValidationException e = refused("programmes.rule.plan.notEligible", () -> plans.create(
                draft(notEligible.id())));
        assertEquals(List.of("OVZ, Disabled child, Gifted, Special needs"), List.of(e.params()));
        IndividualPlanDraft d = draft(pupil.id());
        refused("programmes.error.basisNotActive", () -> plans.create(new IndividualPlanDraft(d.pupilId(), "gifted",
                d.choices(), d.curriculumHours(), d.start(), d.end(), d.coordinatorId(), d.deadline(),
                d.deadlineOrderId(), d.coordinatorOrderId())));
        refused("programmes.rule.load.exceeded", () -> plans.create(draft(pupil.id(), d.choices(), 26)));
        refused("programmes.error.notInList", () -> plans.create(draft(pupil.id(),
                List.of(new PlanChoice(0, "excursion", "Museum", 1, "")), 20)));
        refused("programmes.error.endBeforeStart", () -> plans.create(new IndividualPlanDraft(d.pupilId(), "ovz",
                d.choices(), 20, d.start(), d.start().minusDays(1), null, null, null)));
        refused("programmes.rule.deadline.noOrder", () -> plans.create(new IndividualPlanDraft(d.pupilId(), "ovz",
                d.choices(), 20, d.start(), d.end(), null, today().plusDays(14), null)));
        refused("programmes.error.orderUnknown", () -> plans.create(new IndividualPlanDraft(d.pupilId(), "ovz",
                d.choices(), 20, d.start(), d.end(), null, today().plusDays(14), 4242L)));
        assertEquals(0, UNIT.rows("PLAN_CHOICE"));
    }

    @Test
    void onlyThoseWhoDraftWriteAPlanAndOnlyWhileTheSchoolKeepsPlans() {
        signIn("smirnova", ACCESS);
        denied(DRAFT, () -> plans.informParents(pupil.id(), today(), "Petrova Maria"));
        wire(Map.of("individualPlansEnabled", false));
        asDrafter();
        refused("programmes.rule.variant.plansOff", () -> plans.informParents(pupil.id(), today(), "Petrova Maria"));
        assertEquals(0, UNIT.rows("INDIVIDUAL_PLAN"));
    }

    @Test
    void theDrafterSavesThePlanFromTheVersionSeenAndOnlyBeforeApproval() {
        IndividualPlan p = drafted();
        IndividualPlan saved = plans.update(p.id(), p.version(), draft(pupil.id(),
                List.of(new PlanChoice(0, "lesson", "Chess", 3, "")), 25));
        assertEquals(28, saved.weeklyHours());
        audited("volkova", AuditAction.UPDATE, PLAN, p.id());
        Pupil another = core.addPupil("Kuzin", core.addClass(5, "V", coordinator));
        core.flag(another, "ovz");
        refused("programmes.error.pupilFixed", () -> plans.update(p.id(), saved.version(), draft(another.id())));
        asStranger();
        denied(DRAFT, () -> plans.update(p.id(), saved.version(), draft(pupil.id())));

        IndividualPlan approved = approved();
        asDrafter();
        refused("programmes.error.notEditable", () -> plans.update(approved.id(), approved.version(),
                draft(pupil.id())));
    }

    @Test
    void aChangeOfTheChoicesAloneMakesTheCopiesSeenBeforeStale() {
        IndividualPlan p = drafted();
        IndividualPlan saved = plans.update(p.id(), p.version(), draft(pupil.id(),
                List.of(new PlanChoice(0, "lesson", "Chess", 3, "")), 25));
        assertNotEquals(p.version(), saved.version(), "the choices are part of the plan");
        audit.clear();
        conflict(() -> plans.update(p.id(), p.version(), draft(pupil.id())));
        assertEquals(28, plans.get(p.id()).weeklyHours(), "the stale copy did not bring back the old choices");

        IndividualPlan approved = approved();
        Order order = core.addOrder("31-od", today());
        IndividualPlanDraft fewer = draft(pupil.id(), List.of(new PlanChoice(0, "lesson", "Chess", 2, "")), 25);
        asCoordinator();
        IndividualPlan changed = plans.change(approved.id(), approved.version(), fewer, order.id());
        assertNotEquals(approved.version(), changed.version());
        conflict(() -> plans.change(approved.id(), approved.version(), draft(pupil.id()), order.id()));
        assertEquals(27, plans.get(approved.id()).weeklyHours());
    }

    @Test
    void theCoordinatorAgreesAfterTheConsentAndTheDirectorApprovesWithinTheDeadline() {
        IndividualPlan drafted = drafted();
        asCoordinator();
        IndividualPlan early = plans.get(drafted.id());
        refused("programmes.error.planNotReadyToAgree", () -> plans.agree(early.id(), early.version(), today()));
        IndividualPlan p = consented();
        signIn("sorokina", ACCESS, COORDINATE);
        denied(DRAFT, () -> plans.agree(p.id(), p.version(), today()));
        asDirector();
        refused("programmes.rule.coordinator.noDate", () -> plans.approve(p.id(), p.version(), today()));
        asCoordinator();
        IndividualPlan agreed = plans.agree(p.id(), p.version(), today());
        assertEquals(List.of(coordinator.name().full(), today()), List.of(agreed.agreement().byName(),
                agreed.agreement().date()));
        audited("kuznetsova", AuditAction.UPDATE, PLAN, p.id());
        asDrafter();
        denied("role director", () -> plans.approve(p.id(), agreed.version(), today()));
        asDirector();
        refused("programmes.rule.coordinator.approvedBefore", () -> plans.approve(p.id(), agreed.version(),
                today().minusDays(1)));
        IndividualPlan approved = plans.approve(p.id(), agreed.version(), today());
        assertEquals(ProgrammeState.APPROVED, approved.state());
        audited("orlova", AuditAction.UPDATE, PLAN, p.id());
    }

    @Test
    void theAgreementMakesTheCopiesSeenBeforeStale() {
        IndividualPlan p = consented();
        asCoordinator();
        IndividualPlan agreed = plans.agree(p.id(), p.version(), today());
        assertNotEquals(p.version(), agreed.version());
        conflict(() -> plans.agree(p.id(), p.version(), today()));
    }

    @Test
    void anApprovalAfterTheDeadlineOfTheOrderIsRefused() {
        asDrafter();
        plans.informParents(pupil.id(), today().minusDays(20), "Petrova Maria");
        IndividualPlanDraft d = draft(pupil.id());
        IndividualPlan p = plans.create(new IndividualPlanDraft(d.pupilId(), d.basis(), d.choices(),
                d.curriculumHours(), d.start(), d.end(), d.coordinatorId(), today().minusDays(1),
                d.deadlineOrderId(), d.coordinatorOrderId()));
        p = acquainted(p);
        p = plans.discussedWithParents(p.id(), p.version(), today());
        p = plans.recordConsent(p.id(), p.version(), new Consent(true, today(), "Petrova Maria", ""));
        asCoordinator();
        IndividualPlan agreed = plans.agree(p.id(), p.version(), today());
        asDirector();
        refused("programmes.rule.deadline.missed", () -> plans.approve(agreed.id(), agreed.version(), today()));
    }

    @Test
    void anApprovedPlanIsChangedByTheCoordinatorWithAnOrder() {
        IndividualPlan p = approved();
        Order change = core.addOrder("31-od", today());
        IndividualPlanDraft more = draft(pupil.id(), List.of(new PlanChoice(0, "lesson", "Chess", 2, ""),
                new PlanChoice(0, "form-of-work", "Tutor", 1, "")), 25);
        asDrafter();
        refused("programmes.rule.change.noAgreementPlan", () -> plans.change(p.id(), p.version(), more,
                change.id()));
        asCoordinator();
        refused("programmes.rule.change.noOrder", () -> plans.change(p.id(), p.version(), more, null));
        IndividualPlan changed = plans.change(p.id(), p.version(), more, change.id());

        assertEquals(List.of(ProgrammeState.APPROVED, 28), List.of(changed.state(), changed.weeklyHours()));
        Step last = changed.steps().get(changed.steps().size() - 1);
        assertEquals(List.of("CHANGED", "kuznetsova", "31-od"), List.of(last.kind(), last.by(), last.orderNumber()));
        audited("kuznetsova", AuditAction.UPDATE, PLAN, p.id());
    }

    @Test
    void onlyAnApprovedPlanIsChanged() {
        IndividualPlan p = drafted();
        asCoordinator();
        refused("programmes.error.changeBeforeApproval", () -> plans.change(p.id(), p.version(), draft(pupil.id()),
                deadlineOrder.id()));
    }

    @Test
    void aPlanIsReadByItsDrafterItsCoordinatorCoordinatorsAndTheDirectorEachReadJournaled() {
        IndividualPlan p = drafted();
        for (String reader : List.of("volkova", "kuznetsova", "orlova")) {
            signIn(reader, ACCESS, reader.equals("orlova") ? READ_ALL : DRAFT);
            assertEquals(p.id(), plans.get(p.id()).id());
            audited(reader, AuditAction.READ, PLAN, p.id());
            assertEquals(List.of(p.id()), plans.ofPupil(pupil.id()).stream().map(IndividualPlan::id).toList());
            assertEquals(1, plans.count());
        }
        signIn("sorokina", ACCESS, COORDINATE);
        assertEquals(p.id(), plans.get(p.id()).id());
        asStranger();
        denied(READ_ALL, () -> plans.get(p.id()));
        assertEquals(List.of(), plans.ofPupil(pupil.id()));
        assertEquals(0, plans.count());
        assertEquals(List.of(), audit.entries(), "a list of nothing and a count journal nothing");
        signIn("guest");
        denied(ACCESS, () -> plans.get(p.id()));
    }

    @Test
    void aPlanWhoseReadCannotBeJournaledIsNotReturned() {
        IndividualPlan p = drafted();
        signIn("volkova", ACCESS, DRAFT);
        audit.clear();
        audit.failing(true);
        assertThrows(AuditUnavailableException.class, () -> plans.get(p.id()));
        assertThrows(AuditUnavailableException.class, () -> plans.get(p.id()), "refused again, not let through");
        audit.failing(false);
        assertEquals(p.id(), plans.get(p.id()).id());
        audited("volkova", AuditAction.READ, PLAN, p.id());
    }

    @Test
    void theSchoolsPlanChainFollowsTheCoordinatorEachStepByAHolderOfItsRole() {
        wire(Map.of("planApprovalChain", new String[] { "agree: deputy", "approve: director" }));
        IndividualPlan p = consented();
        signInWithRoles("sidorova", Set.of("deputy"), ACCESS);
        refused("programmes.rule.coordinator.noDate", () -> plans.agreeInChain(p.id(), p.version(), today()));
        asCoordinator();
        IndividualPlan agreed = plans.agree(p.id(), p.version(), today());
        asDirector();
        refused(ChainSteps.PENDING, () -> plans.approve(p.id(), agreed.version(), today()));
        denied("role deputy", () -> plans.agreeInChain(p.id(), agreed.version(), today()));
        signInWithRoles("sidorova", Set.of("deputy"), ACCESS);
        assertEquals(ProgrammeState.CONSENT_GIVEN, plans.get(p.id()).state(), "the deputy reads what she agrees");
        IndividualPlan chained = plans.agreeInChain(p.id(), agreed.version(), today());
        audited("sidorova", AuditAction.UPDATE, PLAN, p.id());
        asDirector();
        IndividualPlan approved = plans.approve(p.id(), chained.version(), today());
        assertEquals(ProgrammeState.APPROVED, approved.state());
        assertEquals(List.of("AGREE Deputy director sidorova", "APPROVE Director orlova"), plans.approvals(p.id())
                .stream().map(s -> s.kind() + " " + s.position() + " " + s.by()).toList());
    }
}
