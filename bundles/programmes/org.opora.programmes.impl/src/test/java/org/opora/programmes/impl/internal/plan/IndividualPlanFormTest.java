package org.opora.programmes.impl.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.programmes.api.ProgrammesPermissions.ACCESS;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.support.ProgrammesServiceTestSupport;

/**
 * The individual plan's form fed bad values field by field — empty, too long, markup, out of range, impossible, the
 * plan starting on 01.01.1900 among them — each refused on its field with words, neither a new plan drafted nor a
 * drafted one changed; every objection of the form refused at once.
 */
class IndividualPlanFormTest extends ProgrammesServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private StaffMember coordinator;
    private Order appointment;
    private Order deadlineOrder;
    private Pupil pupil;
    private IndividualPlan informed;
    private IndividualPlan drafted;

    @BeforeEach
    void school() {
        core.addStaff("Volkova", "volkova", "psychologist");
        coordinator = core.addStaff("Kuznetsova", "kuznetsova");
        SchoolClass fiveB = core.addClass(5, "B", core.addStaff("Smirnova", "smirnova"));
        pupil = core.addPupil("Petrov", fiveB);
        core.flag(pupil, "ovz");
        Pupil other = core.addPupil("Sidorov", fiveB);
        core.flag(other, "ovz");
        deadlineOrder = core.addOrder("12-od", today().minusDays(7));
        appointment = core.addOrder("3-k", today().minusMonths(2));
        signIn("volkova", ACCESS, DRAFT);
        plans.informParents(other.id(), today(), "Sidorova Anna");
        drafted = plans.create(draft(other.id(), "", "", ""));
        informed = plans.informParents(pupil.id(), today(), "Petrova Maria");
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "BEFORE" -> FieldChecks.firstSchoolDay(today()).minusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            case "YESTERDAY" -> today().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    /** A good draft for the pupil with the one input {@code name} set to {@code value}. */
    private IndividualPlanDraft draft(long pupilId, String name, String value, String unused) {
        PlanChoice choice = new PlanChoice(0, "choiceKind".equals(name) ? value : "lesson",
                "choiceTitle".equals(name) ? text(value, PlanChecks.TITLE) : "Chess",
                "choiceHours".equals(name) ? Integer.parseInt(value) : 2,
                "choiceNote".equals(name) ? text(value, PlanChecks.NOTE) : "");
        return new IndividualPlanDraft(pupilId, "basis".equals(name) ? text(value, PlanChecks.CODE) : "ovz",
                List.of(choice), "curriculumHours".equals(name) ? Integer.parseInt(value) : 25,
                "start".equals(name) ? day(value) : today(),
                "end".equals(name) ? day(value) : today().plusMonths(9),
                "coordinatorId".equals(name) ? Long.valueOf(value) : coordinator.id(),
                "deadline".equals(name) ? day(value) : today().plusDays(14),
                "deadlineOrderId".equals(name) ? Long.valueOf(value) : deadlineOrder.id(),
                "coordinatorOrderId".equals(name) ? (value.isEmpty() ? null : Long.valueOf(value))
                        : Long.valueOf(appointment.id()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "basis              | ''         | basis              | core.error.required",
        "basis              | LONG       | basis              | core.error.tooLong",
        "basis              | <script>   | basis              | programmes.error.basisNotActive",
        "start              | ''         | start              | core.error.required",
        "start              | 1900-01-01 | start              | core.error.date.schoolYears",
        "start              | BEFORE     | start              | core.error.date.schoolYears",
        "start              | AFTER      | start              | core.error.date.schoolYears",
        "end                | ''         | end                | core.error.required",
        "end                | YESTERDAY  | end                | programmes.error.endBeforeStart",
        "end                | 2999-01-01 | end                | core.error.date.range",
        "curriculumHours    | -1         | curriculumHours    | programmes.error.hours",
        "curriculumHours    | 61         | curriculumHours    | programmes.error.hours",
        "curriculumHours    | 30         | addedHours         | programmes.rule.load.exceeded",
        "choiceKind         | ''         | choices            | core.error.required",
        "choiceKind         | <b>x</b>   | choices            | programmes.error.notInList",
        "choiceTitle        | ''         | choices            | core.error.required",
        "choiceTitle        | LONG       | choices            | core.error.tooLong",
        "choiceNote         | LONG       | choices            | core.error.tooLong",
        "choiceHours        | -2         | choices            | programmes.error.hours",
        "choiceHours        | 99         | choices            | programmes.error.hours",
        "deadline           | 1900-01-01 | deadline           | core.error.date.schoolYears",
        "deadline           | 2999-01-01 | deadline           | core.error.date.schoolYears",
        "deadlineOrderId    | 4242       | deadlineOrderId    | programmes.error.orderUnknown",
        "coordinatorId      | 4242       | coordinatorId      | programmes.error.staffUnknown",
        "coordinatorOrderId | ''         | coordinatorOrderId | programmes.rule.coordinatorOrder.missing",
        "coordinatorOrderId | 4242       | coordinatorOrderId | programmes.error.orderUnknown"})
    void aBadFieldOfThePlanIsRefusedOnItsFieldWithWordsAndNothingIsStored(String name, String value, String field,
            String key) {
        long choices = UNIT.rows("PLAN_CHOICE");

        ValidationException e = refused(key, () -> plans.create(draft(pupil.id(), name, value, "")));
        assertEquals(field, e.field());
        if (key.startsWith("programmes.")) { // the core's keys are the core's messages, tested there
            String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
            assertEquals(false, words.equals(e.messageKey()) || words.isBlank(), () -> "no words for " + key);
        }
        assertEquals(field, refused(key, () -> plans.update(drafted.id(), drafted.version(),
                draft(drafted.pupilId(), name, value, ""))).field());

        assertEquals(choices, UNIT.rows("PLAN_CHOICE"));
        assertEquals(informed, plans.get(informed.id()), "the informed plan is not drafted");
        assertEquals(drafted, plans.get(drafted.id()), "the drafted plan keeps its content");
    }

    @Test
    void theHoursMessageNamesTheRange() {
        ValidationException e = refused(PlanChecks.HOURS, () -> plans.create(draft(pupil.id(), "curriculumHours",
                "100", "")));
        assertEquals("Число часов в неделю — от 0 до 60.", new MessagesTranslator().translate(e.messageKey(), RU,
                e.params()));
    }

    @Test
    void markupInAChoiceIsKeptAsText() {
        IndividualPlan p = plans.create(draft(pupil.id(), "choiceTitle", "<script>alert(1)</script>", ""));
        assertEquals("<script>alert(1)</script>", plans.get(p.id()).choices().get(0).title());
    }

    @Test
    void everyObjectionOfThePlanComesAtOnce() {
        IndividualPlanDraft bad = new IndividualPlanDraft(pupil.id(), " ",
                List.of(new PlanChoice(0, "astrology", "Stars", 1, "")), 61, LocalDate.parse("1900-01-01"), null,
                4242L, LocalDate.parse("2999-01-01"), 4343L, null);

        ValidationException e = assertThrows(ValidationException.class, () -> plans.create(bad));

        assertEquals(List.of("basis", "start", "end", "curriculumHours", "choices", "deadline", "coordinatorOrderId",
                "coordinatorId", "deadlineOrderId"), ((ValidationErrors) e).errors().stream()
                        .map(ValidationException::field).toList());
        assertEquals(informed, plans.get(informed.id()));
        assertThrows(ValidationException.class, () -> plans.update(drafted.id(), drafted.version(), bad));
        assertEquals(drafted, plans.get(drafted.id()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "acquaintanceOn | ''         | core.error.required",
        "acquaintanceOn | TOMORROW   | core.error.future",
        "acquaintanceOn | 1900-01-01 | core.error.date.range",
        "acquaintanceBy | ''         | core.error.required",
        "acquaintanceBy | LONG       | core.error.tooLong",
        "acquaintance   | NOTHING    | programmes.rule.acquaintance.nothing"})
    void aBadFieldOfTheAcquaintanceIsRefusedAndThePlanIsUnchanged(String field, String value, String key) {
        boolean ticked = !"acquaintance".equals(field);
        Acquaintance a = new Acquaintance("acquaintanceOn".equals(field) ? day(value.equals("TOMORROW")
                ? today().plusDays(1).toString() : value) : today(),
                "acquaintanceBy".equals(field) ? text(value, 320) : "<b>Sidorova</b> Anna", ticked, ticked, ticked, "");

        assertEquals(field, refused(key, () -> plans.recordAcquaintance(drafted.id(), drafted.version(), a)).field());

        assertEquals(drafted, plans.get(drafted.id()));
    }

    @Test
    void everyObjectionOfTheAcquaintanceAndOfTheConsentComesAtOnce() {
        ValidationException a = assertThrows(ValidationException.class, () -> plans.recordAcquaintance(drafted.id(),
                drafted.version(), new Acquaintance(today().plusDays(1), " ", false, false, false, "")));
        assertEquals(List.of("acquaintanceOn", "acquaintanceBy", "acquaintance"),
                ((ValidationErrors) a).errors().stream().map(ValidationException::field).toList());
        ValidationException c = assertThrows(ValidationException.class, () -> plans.recordConsent(drafted.id(),
                drafted.version(), new Consent(true, LocalDate.parse("1900-01-01"), "", "я".repeat(1001))));
        assertEquals(List.of("consentDate", "consentBy", "note"),
                ((ValidationErrors) c).errors().stream().map(ValidationException::field).toList());
        assertEquals(drafted, plans.get(drafted.id()));
    }
}
