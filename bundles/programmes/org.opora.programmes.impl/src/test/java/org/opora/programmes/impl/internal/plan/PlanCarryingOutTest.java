package org.opora.programmes.impl.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.COORDINATE;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.core.api.ValidationException;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.audit.AuditAction;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.ConsultationDraft;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.support.ProgrammesServiceTestSupport;

/**
 * 001 §4.6 and §8.3.2 through the plan service: consultations with specialists recorded with their direction of work
 * until the plan is closed, every wrong field refused at once with nothing stored, listed by direction; the approved
 * plan started, its results recorded and closed with the coordinator's analysis, by its coordinator only, steps out
 * of order refused citing the clause, each journaled.
 */
class PlanCarryingOutTest extends ProgrammesServiceTestSupport {

    private static final String PLAN = PlanContext.PLAN;

    private StaffMember coordinator;
    private StaffMember psychologist;
    private Pupil pupil;
    private Order deadlineOrder;
    private Order appointment;

    @BeforeEach
    void school() {
        core.addStaff("Volkova", "volkova", "psychologist");
        coordinator = core.addStaff("Kuznetsova", "kuznetsova");
        core.addStaff("Orlova", "orlova");
        psychologist = core.addStaff("Ivanova", "ivanova", "psychologist");
        SchoolClass fiveB = core.addClass(5, "B", core.addStaff("Smirnova", "smirnova"));
        pupil = core.addPupil("Petrov", fiveB);
        core.flag(pupil, "ovz");
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

    private IndividualPlan drafted() {
        asDrafter();
        plans.informParents(pupil.id(), today(), "Petrova Maria");
        return plans.create(new IndividualPlanDraft(pupil.id(), "ovz",
                List.of(new PlanChoice(0, "lesson", "Chess", 2, "")), 25, today(), today().plusMonths(9),
                coordinator.id(), today().plusDays(14), deadlineOrder.id(), appointment.id()));
    }

    private IndividualPlan approved() {
        IndividualPlan p = drafted();
        p = plans.recordAcquaintance(p.id(), p.version(),
                new Acquaintance(today(), "Petrova Maria", true, true, true, ""));
        p = plans.discussedWithParents(p.id(), p.version(), today());
        p = plans.recordConsent(p.id(), p.version(), new Consent(true, today(), "Petrova Maria", ""));
        asCoordinator();
        p = plans.agree(p.id(), p.version(), today());
        signInWithRoles("orlova", Set.of("director"), ACCESS, READ_ALL);
        return plans.approve(p.id(), p.version(), today());
    }

    @Test
    void theCoordinatorStartsRecordsResultsAndClosesWithTheAnalysisEachJournaledOutOfOrderRefused() {
        IndividualPlan p = approved();
        asCoordinator();
        IndividualPlan a = p;
        assertTrue(plans.mayCarryOut(a.id()));
        refused("programmes.rule.carryOut.notInProgress", () -> plans.recordResults(a.id(), a.version(), "Done"));
        refused("programmes.rule.carryOut.notInProgress", () -> plans.close(a.id(), a.version(), today(), "Fine"));
        refused("programmes.rule.carryOut.startBeforeApproval",
                () -> plans.start(a.id(), a.version(), today().minusDays(1)));
        refused("core.error.future", () -> plans.start(a.id(), a.version(), today().plusDays(1)));
        p = plans.start(p.id(), p.version(), today());
        assertEquals(ProgrammeState.IN_PROGRESS, p.state());
        assertEquals(today(), p.started().date());
        assertEquals(coordinator.name().full(), p.started().byName());
        audited("kuznetsova", AuditAction.UPDATE, PLAN, p.id());
        IndividualPlan started = p;
        refused("programmes.rule.carryOut.start", () -> plans.start(started.id(), started.version(), today()));
        ValidationException both = refused("programmes.rule.carryOut.noResults",
                () -> plans.close(started.id(), started.version(), today(), "  "));
        assertEquals(List.of("results", "analysis"),
                ((ValidationErrors) both).errors().stream().map(ValidationException::field).toList());
        refused("core.error.required", () -> plans.recordResults(started.id(), started.version(), " "));
        refused("core.error.tooLong", () -> plans.recordResults(started.id(), started.version(), "x".repeat(4001)));
        p = plans.recordResults(p.id(), p.version(), "Reads fluently; <b>chess</b> club attended");
        assertEquals("Reads fluently; <b>chess</b> club attended", p.results().note(), "markup is kept as text");
        assertEquals(ProgrammeState.IN_PROGRESS, p.state());
        assertTrue(audit.entries().stream().anyMatch(e -> e.event().summary().equals("results recorded")));
        IndividualPlan withResults = p;
        refused("programmes.rule.carryOut.noAnalysis",
                () -> plans.close(withResults.id(), withResults.version(), today(), ""));
        refused("programmes.rule.carryOut.closeBeforeStart",
                () -> plans.close(withResults.id(), withResults.version(), today().minusDays(1), "Analysis"));
        refused("core.error.tooLong",
                () -> plans.close(withResults.id(), withResults.version(), today(), "x".repeat(4001)));
        p = plans.close(p.id(), p.version(), today(), " The plan was carried out in full. ");
        assertEquals(ProgrammeState.CLOSED, p.state());
        assertEquals("The plan was carried out in full.", p.closed().note());
        assertEquals(coordinator.name().full(), p.closed().byName());
        audited("kuznetsova", AuditAction.UPDATE, PLAN, p.id());
        IndividualPlan closed = p;
        refused("programmes.rule.carryOut.notInProgress",
                () -> plans.recordResults(closed.id(), closed.version(), "More"));
    }

    @Test
    void onlyThePlansCoordinatorCarriesItOutOthersLearnNothingOfItsState() {
        IndividualPlan p = approved();
        asDrafter();
        assertEquals(false, plans.mayCarryOut(p.id()));
        denied(DRAFT, () -> plans.start(p.id(), p.version(), today()));
        signIn("ivanova", ACCESS, COORDINATE);
        assertEquals(false, plans.mayCarryOut(p.id()), "another coordinator: the plan names its own");
        denied(DRAFT, () -> plans.close(p.id(), p.version(), today(), "Analysis"));
        asCoordinator();
        IndividualPlan started = plans.start(p.id(), p.version(), today());
        asDrafter();
        denied(DRAFT, () -> plans.recordResults(started.id(), started.version(), "Done"));
    }

    @Test
    void onlyThePlansCoordinatorGivesTheCoordinatorsAgreementOthersReadIt() {
        IndividualPlan p = approved();
        asCoordinator();
        assertTrue(plans.mayAgree(p.id()));
        signIn("ivanova", ACCESS, COORDINATE);
        assertFalse(plans.mayAgree(p.id()), "another coordinator: the plan names its own");
        asDrafter();
        assertFalse(plans.mayAgree(p.id()), "the drafter keeps the plan but does not agree it");
        signIn("smirnova", ACCESS);
        denied(READ_ALL, () -> plans.mayAgree(p.id()));
    }

    private ConsultationDraft consultation() {
        return new ConsultationDraft(today(), psychologist.id(), "Petrova Maria", "Reading difficulties", "");
    }

    @Test
    void consultationsAreRecordedWithTheirDirectionCounsellingByDefaultUntilThePlanIsClosed() {
        IndividualPlan p = drafted();
        p = plans.addConsultation(p.id(), p.version(), consultation());
        p = plans.addConsultation(p.id(), p.version(), new ConsultationDraft(today().minusDays(3), psychologist.id(),
                " Petrov Ivan ", " Diagnostics results ", "diagnostics"));
        assertTrue(audit.entries().stream().anyMatch(e -> e.event().summary().equals("consultation added")));
        List<Consultation> all = plans.consultations(p.id());
        assertEquals(List.of("diagnostics", "counselling"), all.stream().map(Consultation::workDirection).toList());
        assertEquals(List.of("Petrov Ivan", "Diagnostics results", psychologist.name().full()),
                List.of(all.get(0).representative(), all.get(0).subject(), all.get(0).specialistName()));
        p = plans.removeConsultation(p.id(), p.version(), all.get(0).id());
        assertEquals(1, plans.consultations(p.id()).size());
        IndividualPlan after = p;
        refused("programmes.error.consultationUnknown",
                () -> plans.removeConsultation(after.id(), after.version(), all.get(0).id()));
        signIn("ivanova", ACCESS, DRAFT);
        denied(DRAFT, () -> plans.addConsultation(after.id(), after.version(), consultation()));
    }

    @Test
    void aClosedPlanTakesNoConsultation() {
        IndividualPlan p = approved();
        asCoordinator();
        p = plans.start(p.id(), p.version(), today());
        p = plans.addConsultation(p.id(), p.version(), consultation());
        p = plans.recordResults(p.id(), p.version(), "Done");
        p = plans.close(p.id(), p.version(), today(), "Analysis");
        IndividualPlan closed = p;
        refused("programmes.rule.consultation.closed",
                () -> plans.addConsultation(closed.id(), closed.version(), consultation()));
        long id = plans.consultations(p.id()).get(0).id();
        refused("programmes.rule.consultation.closed",
                () -> plans.removeConsultation(closed.id(), closed.version(), id));
    }

    static Stream<Arguments> wrongConsultations() {
        LocalDate t = today();
        Function<String, ConsultationDraft> subject = s -> new ConsultationDraft(t, 0L, "Petrova", s, "");
        return Stream.of(
                Arguments.of("empty form", new ConsultationDraft(null, null, "", " ", null),
                        List.of("on:core.error.required", "specialistId:core.error.required",
                                "representative:core.error.required", "subject:core.error.required")),
                Arguments.of("subject too long", subject.apply("x".repeat(2001)),
                        List.of("subject:core.error.tooLong")),
                Arguments.of("in the future", new ConsultationDraft(t.plusDays(1), 0L, "Petrova", "Talk", ""),
                        List.of("on:core.error.future")),
                Arguments.of("before the year the plan was opened in",
                        new ConsultationDraft(t.withDayOfYear(1).minusDays(1), 0L, "Petrova", "Talk", ""),
                        List.of("on:programmes.rule.consultation.tooEarly")),
                Arguments.of("far past", new ConsultationDraft(LocalDate.of(1900, 2, 28), 0L, "Petrova",
                        "Talk", ""), List.of("on:core.error.date.range")),
                Arguments.of("unknown direction", new ConsultationDraft(t, 0L, "Petrova", "Talk", "astrology"),
                        List.of("workDirection:core.error.direction.unknown")),
                Arguments.of("representative too long", new ConsultationDraft(t, 0L, "P".repeat(321), "Talk", ""),
                        List.of("representative:core.error.tooLong")),
                Arguments.of("unknown specialist", new ConsultationDraft(t, 4242L, "Petrova", "Talk", ""),
                        List.of("specialistId:programmes.error.staffUnknown")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongConsultations")
    void aWrongConsultationIsRefusedFieldByFieldWithItsMessageAndNothingIsStored(String name,
            ConsultationDraft draft, List<String> expected) {
        IndividualPlan p = drafted();
        ConsultationDraft d = draft.specialistId() != null && draft.specialistId() == 0L
                ? new ConsultationDraft(draft.on(), psychologist.id(), draft.representative(), draft.subject(),
                        draft.workDirection())
                : draft;
        ValidationException e = assertThrows(ValidationException.class,
                () -> plans.addConsultation(p.id(), p.version(), d));
        List<ValidationException> each = e instanceof ValidationErrors all ? all.errors() : List.of(e);
        assertEquals(expected, each.stream().map(x -> x.field() + ":" + x.messageKey()).toList());
        MessagesTranslator messages = new MessagesTranslator();
        for (ValidationException x : each) {
            if (x.messageKey().startsWith("programmes.")) {
                assertTrue(messages.knows(x.messageKey()), x.messageKey());
            }
        }
        assertEquals(List.of(), plans.consultations(p.id()), "nothing stored");
        assertEquals(p.version(), plans.get(p.id()).version());
    }

    @Test
    void consultationsAreListedByDirectionToWhoReadsThePlan() {
        IndividualPlan p = drafted();
        p = plans.addConsultation(p.id(), p.version(), consultation());
        plans.addConsultation(p.id(), p.version(), new ConsultationDraft(today(), psychologist.id(), "Petrova",
                "Tests explained\nsecond line", "diagnostics"));
        ConsultationActivities source = new ConsultationActivities(db, people, rules, lists, audit,
                core.classService(), core.orderService(), core.referenceLists(), roles, new MessagesTranslator());
        ActivityQuery year = new ActivityQuery(today().minusMonths(1), today().plusMonths(1), ActivityQuery.ALL);
        List<Activity> all = source.activities(year, java.util.Locale.ENGLISH);
        assertEquals(2, all.size());
        List<Activity> diagnostics = source.activities(year.withDirection("diagnostics"), java.util.Locale.ENGLISH);
        assertEquals(1, diagnostics.size());
        Activity a = diagnostics.get(0);
        assertEquals(List.of("Tests explained", "Petrov", psychologist.name().full(), "programmes/plan/" + p.id(),
                "Individual plan consultation"), List.of(a.title(), a.person().split(" ")[0], a.who(), a.route(),
                a.kind()));
        signIn("ivanova", ACCESS, DRAFT);
        assertEquals(List.of(), source.activities(year, java.util.Locale.ENGLISH), "who may not read the plan");
    }
}
