package org.opora.teachersupport.impl.internal.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The general conclusion's and a problem's outcome dialogs fed texts too long, markup and impossible needs, each
 * refused on its field with nothing stored; every objection of a dialog refused at once.
 */
class ConclusionFormTest extends TeacherSupportTestSupport {

    private static final String LONG = "я".repeat(ConclusionServiceImpl.TEXT + 1);
    private static final String LONG_SHORT = "я".repeat(ConclusionServiceImpl.SHORT + 1);

    private SupportRecord r;
    private Conclusion kept;

    @BeforeEach
    void recordWithAConclusion() {
        r = openRecord();
        asLead();
        conclusions.save(r.id(), r.version(), new ConclusionDraft(Verdict.PARTLY_SUCCESSFUL, ProblemsRemoved.PARTLY,
                "", "<b>Discipline</b>", Set.of(TeacherNeed.FURTHER_SUPPORT), "", "", "Mentoring"));
        kept = conclusions.conclusion(r.id());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "notRemoved      | core.error.tooLong",
        "reasons         | core.error.tooLong",
        "development     | core.error.tooLong",
        "anotherRouteWhy | core.error.tooLong",
        "effectiveWays   | core.error.tooLong",
        "needs           | teachersupport.rule.noneAlone"})
    void aBadFieldOfTheConclusionIsRefusedOnItsFieldAndNothingIsStored(String field, String key) {
        ConclusionDraft d = new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY,
                "notRemoved".equals(field) ? LONG : "", "reasons".equals(field) ? LONG : "",
                "needs".equals(field) ? Set.of(TeacherNeed.NONE, TeacherNeed.FURTHER_SUPPORT) : Set.of(TeacherNeed.NONE),
                "development".equals(field) ? LONG_SHORT : "", "anotherRouteWhy".equals(field) ? LONG_SHORT : "",
                "effectiveWays".equals(field) ? LONG : "");
        SupportRecord now = records.get(r.id());

        assertEquals(field, refused(key, () -> conclusions.save(r.id(), now.version(), d)).field());

        assertEquals(kept, conclusions.conclusion(r.id()));
    }

    @Test
    void everyObjectionOfTheConclusionComesAtOnce() {
        SupportRecord now = records.get(r.id());
        ValidationException e = assertThrows(ValidationException.class, () -> conclusions.save(r.id(), now.version(),
                new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, LONG, "",
                        Set.of(TeacherNeed.NONE, TeacherNeed.FURTHER_SUPPORT), LONG_SHORT, "", LONG)));
        assertEquals(List.of("needs", "notRemoved", "development", "effectiveWays"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(kept, conclusions.conclusion(r.id()));
    }

    @Test
    void everyTextTooLongOfAnOutcomeComesAtOnceAndTheOutcomeIsKept() {
        ProblemOutcome first = kept.outcomes().get(0);
        ValidationException e = assertThrows(ValidationException.class, () -> conclusions.saveOutcome(
                first.problemId(), first.version(), new OutcomeDraft(LONG, "<script>x</script>", LONG_SHORT, LONG)));
        assertEquals(List.of("before", "method", "conclusions"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(first, conclusions.conclusion(r.id()).outcomes().get(0));
    }
}
