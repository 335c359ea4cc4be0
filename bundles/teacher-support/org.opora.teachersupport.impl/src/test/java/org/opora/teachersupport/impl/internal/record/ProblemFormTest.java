package org.opora.teachersupport.impl.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.platform.api.audit.AuditAction;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The teacher's problem on a support record fed bad values field by field — the type of difficulty empty, markup or
 * not in the settings, the description empty or too long — each refused on its field, no problem added and a
 * written one unchanged — also as a row of the opening form, where no record is opened then; every objection at
 * once; markup in the description kept as typed.
 */
class ProblemFormTest extends TeacherSupportTestSupport {

    private SupportRecord r;

    @BeforeEach
    void recorded() {
        r = openRecord();
        asDeputy();
    }

    private static String text(String value) {
        return "LONG".equals(value) ? "я".repeat(SupportServiceImpl.DESCRIPTION + 1) : value;
    }

    private List<Problem> problems() {
        return records.get(r.id()).problems();
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "difficultyType | ''       | core.error.required",
        "difficultyType | ' '      | core.error.required",
        "difficultyType | <script> | teachersupport.rule.unknownCode",
        "difficultyType | medical  | teachersupport.rule.unknownCode",
        "description    | ''       | core.error.required",
        "description    | ' '      | core.error.required",
        "description    | LONG     | core.error.tooLong"})
    void aBadFieldOfTheProblemIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        ProblemDraft d = new ProblemDraft("difficultyType".equals(field) ? value : "methodological",
                "description".equals(field) ? text(value) : "<b>Objectives</b> are not set");
        Problem first = r.problems().get(0);

        assertEquals(field, refused(key, () -> records.addProblem(r.id(), d)).field());
        assertEquals(field, refused(key, () -> records.updateProblem(first.id(), first.version(), d)).field());

        assertEquals(r.problems(), problems());
    }

    @Test
    void everyObjectionOfTheProblemComesAtOnce() {
        Problem first = r.problems().get(0);
        ProblemDraft bad = new ProblemDraft("astrology", "я".repeat(SupportServiceImpl.DESCRIPTION + 1));

        ValidationException added = assertThrows(ValidationException.class, () -> records.addProblem(r.id(), bad));
        ValidationException updated = assertThrows(ValidationException.class,
                () -> records.updateProblem(first.id(), first.version(), new ProblemDraft("", " ")));

        assertEquals(List.of("difficultyType", "description"), fields(added));
        assertEquals(List.of("difficultyType", "description"), fields(updated));
        assertEquals(r.problems(), problems());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "difficultyType | ''       | core.error.required",
        "difficultyType | <script> | teachersupport.rule.unknownCode",
        "description    | ' '      | core.error.required",
        "description    | LONG     | core.error.tooLong"})
    void aBadProblemOfTheOpeningFormIsRefusedOnItsRowAndNoRecordIsOpened(String field, String value, String key) {
        long stored = UNIT.rows("SUPPORT_RECORD") + UNIT.rows("PROBLEM");
        SupportDraft other = new SupportDraft(otherTeacher.id(), today(), deputy.id(), List.of(),
                List.of("consultation"), "");
        ProblemDraft bad = new ProblemDraft("difficultyType".equals(field) ? value : "methodological",
                "description".equals(field) ? text(value) : "<b>Objectives</b> are not set");

        assertEquals("problems.1." + field, refused(key, () -> records.open(other, List.of(
                new ProblemDraft("organisational", "Discipline"), bad))).field());

        assertEquals(stored, UNIT.rows("SUPPORT_RECORD") + UNIT.rows("PROBLEM"));
    }

    @Test
    void theOpeningFormsObjectionsAndItsProblemsComeAtOnceAndAGoodFormOpensTheRecordWithItsProblems() {
        long stored = UNIT.rows("SUPPORT_RECORD") + UNIT.rows("PROBLEM");
        ValidationException e = assertThrows(ValidationException.class, () -> records.open(new SupportDraft(
                otherTeacher.id(), LocalDate.parse("1900-01-01"), deputy.id(), List.of(), List.of(), ""),
                List.of(new ProblemDraft("astrology", ""), new ProblemDraft("methodological", "Objectives"))));
        assertEquals(List.of("decidedOn", "plannedForms", "problems.0.difficultyType", "problems.0.description"),
                fields(e));
        assertEquals(stored, UNIT.rows("SUPPORT_RECORD") + UNIT.rows("PROBLEM"));

        SupportRecord opened = records.open(new SupportDraft(otherTeacher.id(), today(), deputy.id(), List.of(),
                List.of("consultation"), ""), List.of(new ProblemDraft("organisational", "Discipline"),
                        new ProblemDraft("methodological", "<script>alert(1)</script>")));

        assertEquals(List.of("Discipline", "<script>alert(1)</script>"), opened.problems().stream()
                .map(Problem::description).toList());
        assertEquals(List.of(1, 2), opened.problems().stream().map(Problem::position).toList());
        audited("kuznetsov", AuditAction.CREATE, RecordGate.RECORD, opened.id());
    }

    @Test
    void markupInTheDescriptionIsKeptAsTyped() {
        Problem p = records.addProblem(r.id(), new ProblemDraft("methodological", "<script>alert(1)</script>"));
        assertEquals("<script>alert(1)</script>", p.description());
        assertEquals(3, problems().size());
    }

    private static List<String> fields(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList();
    }
}
