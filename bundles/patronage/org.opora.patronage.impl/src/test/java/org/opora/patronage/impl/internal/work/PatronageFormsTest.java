package org.opora.patronage.impl.internal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The patronage's case, work-plan row and contact dialogs fed bad values field by field — empty, too long, markup,
 * out of range, impossible — each refused on its field, nothing stored; several bad fields refused together.
 */
class PatronageFormsTest extends PatronageServiceTestSupport {

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "YESTERDAY" -> today().minusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "pupilId  | 4242        | patronage.error.pupilUnknown",
        "category | ''          | core.error.required",
        "category | <script>    | patronage.rule.unknownCategory",
        "grounds  | ''          | core.error.required",
        "grounds  | LONG        | core.error.tooLong",
        "openedOn | ''          | core.error.required",
        "openedOn | TOMORROW    | core.error.future",
        "openedOn | 1900-01-01  | core.error.date.range"})
    void aBadFieldOfTheCaseFormIsRefusedAndNoCaseIsOpened(String field, String value, String key) {
        asCoordinator();
        CaseDraft d = new CaseDraft("pupilId".equals(field) ? Long.parseLong(value) : pupil.id(),
                "category".equals(field) ? value : "deviant",
                "grounds".equals(field) ? text(value, 4000) : "Truancy", "openedOn".equals(field) ? day(value)
                        : today());
        ValidationException e = refused(key, () -> cases.open(d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("PATRONAGE_CASE"));
    }

    @Test
    void everyObjectionOfTheCaseFormComesAtOnceAndTheCaseKeepsItsData() {
        asCoordinator();
        ValidationException e = assertThrows(ValidationException.class,
                () -> cases.open(new CaseDraft(4242, "", " ", LocalDate.parse("1900-01-01"))));
        assertEquals(List.of("pupilId", "category", "grounds", "openedOn"), fields(e));
        assertEquals(0, UNIT.rows("PATRONAGE_CASE"));

        PatronageCase c = openCase();
        assertEquals(List.of("category", "grounds", "openedOn"), fields(assertThrows(ValidationException.class,
                () -> cases.update(c.id(), c.version(), new CaseDraft(pupil.id(), "astrology", "я".repeat(4001),
                        today().plusDays(1))))));
        assertEquals("Truancy, conflicts", cases.get(c.id()).grounds());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "activity      | ''         | core.error.required",
        "activity      | LONG       | core.error.tooLong",
        "form          | ''         | core.error.required",
        "form          | LONG       | core.error.tooLong",
        "from          | ''         | core.error.required",
        "from          | 1900-01-01 | core.error.date.schoolYears",
        "from          | 2999-01-01 | core.error.date.schoolYears",
        "to            | 2999-01-01 | core.error.date.range",
        "responsibleId | ''         | core.error.required",
        "responsibleId | 4242       | patronage.error.staffUnknown",
        "help          | ''         | core.error.required",
        "plannedResult | ''         | core.error.required",
        "plannedResult | LONG       | core.error.tooLong"})
    void aBadFieldOfTheWorkPlanRowIsRefusedAndNoRowIsStored(String field, String value, String key) {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItemDraft d = new WorkItemDraft("activity".equals(field) ? text(value, 2000) : "Talk",
                "form".equals(field) ? text(value, 400) : "Individual talk",
                "from".equals(field) ? day(value) : today(), "to".equals(field) ? day(value) : null,
                !"responsibleId".equals(field) ? Long.valueOf(psychologist.id())
                        : value.isEmpty() ? null : Long.valueOf(value),
                "help".equals(field) ? null : HelpKind.PSYCHOLOGICAL_PEDAGOGICAL,
                "plannedResult".equals(field) ? text(value, 2000) : "Calmer at lessons");
        ValidationException e = refused(key, () -> plan.add(c.id(), d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("WORK_ITEM"));
    }

    @Test
    void everyObjectionOfTheWorkPlanRowComesAtOnce() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        ValidationException e = assertThrows(ValidationException.class, () -> plan.add(c.id(),
                new WorkItemDraft(" ", "", LocalDate.parse("1900-01-01"), null, 4242L, null, "")));
        assertEquals(List.of("activity", "form", "from", "responsibleId", "help", "plannedResult"), fields(e));
        assertEquals(0, UNIT.rows("WORK_ITEM"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "date     | ''          | core.error.required",
        "date     | TOMORROW    | core.error.future",
        "date     | 1900-01-01  | core.error.date.range",
        "party    | ''          | core.error.required",
        "person   | LONG        | core.error.tooLong",
        "form     | ''          | core.error.required",
        "content  | ''          | core.error.required",
        "content  | LONG        | core.error.tooLong",
        "nextStep | LONG        | core.error.tooLong",
        "nextDue  | ''          | core.error.required",
        "nextDue  | YESTERDAY   | patronage.rule.nextDueBeforeContact",
        "nextDue  | AFTER       | core.error.date.range"})
    void aBadFieldOfTheContactIsRefusedAndNoContactIsStored(String field, String value, String key) {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        ContactDraft d = new ContactDraft("date".equals(field) ? day(value) : today(),
                "party".equals(field) ? null : ContactParty.PARENTS, "person".equals(field) ? text(value, 320) : "",
                "form".equals(field) ? null : ContactForm.MEETING,
                "content".equals(field) ? text(value, 4000) : "Discussed truancy",
                "nextStep".equals(field) ? text(value, 2000) : "nextDue".equals(field) ? "Call back" : "",
                "nextDue".equals(field) ? day(value) : null);
        ValidationException e = refused(key, () -> contacts.log(c.id(), d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("CONTACT"));
    }

    @Test
    void everyObjectionOfTheContactComesAtOnceAndMarkupIsKeptAsText() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        ValidationException e = assertThrows(ValidationException.class, () -> contacts.log(c.id(),
                new ContactDraft(today().plusDays(1), null, "", null, " ", "Call back", null)));
        assertEquals(List.of("date", "party", "form", "content", "nextDue"), fields(e));
        assertEquals(0, UNIT.rows("CONTACT"));

        contacts.log(c.id(), new ContactDraft(today(), ContactParty.PARENTS, "<b>Ivanova</b>", ContactForm.PHONE,
                "<script>alert(1)</script>", "", null));
        assertEquals("<script>alert(1)</script>", contacts.contacts(c.id()).get(0).content());
    }

    private static List<String> fields(ValidationException e) {
        return e instanceof ValidationErrors all ? all.errors().stream().map(ValidationException::field).toList()
                : List.of(e.field());
    }
}
