package org.opora.teachersupport.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;

class ConclusionRuleTest {

    private static final ProblemOutcome DONE_1 = outcome(1, "Objectives missing", "Objectives set");
    private static final ProblemOutcome DONE_2 = outcome(2, "Noise", "Calm");

    private static ProblemOutcome outcome(int position, String before, String after) {
        return new ProblemOutcome(position, position, "methodological", "Problem " + position, before, after, "", "",
                0);
    }

    private static ConclusionDraft complete() {
        return new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "",
                Set.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT), "Course on lesson design", "", "Mentoring");
    }

    private static List<String> keys(List<ProblemOutcome> outcomes, ConclusionDraft d) {
        return ConclusionRule.missing(outcomes, d).stream().map(ConclusionRule.Missing::key).toList();
    }

    @Test
    void aCompleteConclusionMayBeSigned() {
        assertEquals(List.of(), keys(List.of(DONE_1, DONE_2), complete()));
        ConclusionRule.requireComplete(List.of(DONE_1, DONE_2), complete());
    }

    @Test
    void everyProblemNeedsItsStateBeforeAndAfter() {
        assertEquals(List.of("teachersupport.rule.outcomeMissing"),
                keys(List.of(DONE_1, outcome(2, "Noise", " ")), complete()));
        assertEquals(List.of("teachersupport.rule.outcomeMissing"),
                keys(List.of(outcome(1, "", "Calm"), DONE_2), complete()));
        ValidationException e = assertThrows(ValidationException.class,
                () -> ConclusionRule.requireComplete(List.of(DONE_1, outcome(2, "", "")), complete()));
        assertEquals("teachersupport.rule.outcomeMissing", e.messageKey());
        assertEquals(List.of(2), List.of(e.params()), "the problem's number is named");
        assertEquals(List.of("teachersupport.rule.noProblems"), keys(List.of(), complete()));
    }

    @Test
    void theItemsOfTheFormAreAnswered() {
        ConclusionDraft empty = new ConclusionDraft(null, null, "", "", Set.of(), "", "", "");
        assertEquals(List.of("teachersupport.rule.verdictMissing", "teachersupport.rule.removedMissing",
                "teachersupport.rule.needsMissing"), keys(List.of(DONE_1), empty));
    }

    @Test
    void problemsNotRemovedAreNamedAndTheReasonsGiven() {
        ConclusionDraft notRemoved = new ConclusionDraft(Verdict.NOT_EFFECTIVE, ProblemsRemoved.NOT_REMOVED, "", "",
                Set.of(TeacherNeed.FURTHER_SUPPORT), "", "", "Weekly visits");
        assertEquals(List.of("teachersupport.rule.notRemovedMissing", "teachersupport.rule.reasonsMissing"),
                keys(List.of(DONE_1), notRemoved));
        ConclusionDraft partly = new ConclusionDraft(Verdict.PARTLY_SUCCESSFUL, ProblemsRemoved.PARTLY, "", "",
                Set.of(TeacherNeed.HARDEST_PROBLEMS), "", "", "Weekly visits");
        assertEquals(List.of("teachersupport.rule.reasonsMissing"), keys(List.of(DONE_1), partly));
        ConclusionDraft none = new ConclusionDraft(Verdict.NOT_EFFECTIVE, ProblemsRemoved.NONE_REMOVED, "",
                "Long illness", Set.of(TeacherNeed.FURTHER_SUPPORT), "", "", "Weekly visits");
        assertEquals(List.of(), keys(List.of(DONE_1), none));
    }

    @Test
    void theNeedsSayWhatAndWhyAndNoneStandsAlone() {
        ConclusionDraft d = new ConclusionDraft(Verdict.PARTLY_SUCCESSFUL, ProblemsRemoved.FULLY, "", "",
                Set.of(TeacherNeed.PROFESSIONAL_DEVELOPMENT, TeacherNeed.ANOTHER_ROUTE), " ", "", "Ways");
        assertEquals(List.of("teachersupport.rule.developmentMissing", "teachersupport.rule.anotherRouteMissing"),
                keys(List.of(DONE_1), d));
        ConclusionDraft both = new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "",
                Set.of(TeacherNeed.NONE, TeacherNeed.FURTHER_SUPPORT), "", "", "Ways");
        assertTrue(keys(List.of(DONE_1), both).contains("teachersupport.rule.noneAlone"));
        assertEquals("teachersupport.rule.noneAlone",
                assertThrows(ValidationException.class, () -> ConclusionRule.checkConsistent(both)).messageKey());
    }

    @Test
    void theEffectiveWaysAreNamedUnlessTheTeacherNeedsNoSupport() {
        ConclusionDraft none = new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "",
                Set.of(TeacherNeed.NONE), "", "", "");
        assertEquals(List.of(), keys(List.of(DONE_1), none));
        ConclusionDraft further = new ConclusionDraft(Verdict.SUCCESSFUL, ProblemsRemoved.FULLY, "", "",
                Set.of(TeacherNeed.FURTHER_SUPPORT), "", "", "");
        assertEquals(List.of("teachersupport.rule.effectiveWaysMissing"), keys(List.of(DONE_1), further));
    }
}
