package org.opora.teachersupport.impl.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The teacher's problem on a support record fed bad values field by field — the type of difficulty empty, markup or
 * not in the settings, the description empty or too long — each refused on its field, no problem added and a
 * written one unchanged; every objection at once; markup in the description kept as typed.
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
