package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.programmes.api.ProgrammeState;

/** 001 §8.3.2: an approved plan is started, carried out with its results and closed with the analysis. */
class PlanCarryingOutRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private final PlanCarryingOutRule rule = new PlanCarryingOutRule();

    @Test
    void onlyAnApprovedPlanIsStartedNotBeforeItsApproval() {
        assertEquals(List.of(), rule.checkStart(ProgrammeState.APPROVED, DAY, DAY));
        for (ProgrammeState s : ProgrammeState.values()) {
            if (s != ProgrammeState.APPROVED) {
                assertEquals(List.of(Violation.of("", PlanCarryingOutRule.START)), rule.checkStart(s, DAY, DAY),
                        s.name());
            }
        }
        assertEquals(List.of(Violation.of("on", PlanCarryingOutRule.START_BEFORE)),
                rule.checkStart(ProgrammeState.APPROVED, DAY, DAY.minusDays(1)));
    }

    @Test
    void resultsAreRecordedOnlyInProgress() {
        assertEquals(List.of(), rule.checkResults(ProgrammeState.IN_PROGRESS));
        assertEquals(List.of(Violation.of("", PlanCarryingOutRule.NOT_IN_PROGRESS)),
                rule.checkResults(ProgrammeState.APPROVED));
        assertEquals(List.of(Violation.of("", PlanCarryingOutRule.NOT_IN_PROGRESS)),
                rule.checkResults(ProgrammeState.CLOSED));
    }

    static Stream<Arguments> closings() {
        return Stream.of(
                Arguments.of(ProgrammeState.IN_PROGRESS, "Done", "Analysis", DAY, List.of()),
                Arguments.of(ProgrammeState.APPROVED, "Done", "Analysis", DAY, List.of(":" + NOT)),
                Arguments.of(ProgrammeState.CLOSED, "Done", "Analysis", DAY, List.of(":" + NOT)),
                Arguments.of(ProgrammeState.IN_PROGRESS, null, "Analysis", DAY, List.of("results:" + RESULTS)),
                Arguments.of(ProgrammeState.IN_PROGRESS, "Done", " ", DAY, List.of("analysis:" + ANALYSIS)),
                Arguments.of(ProgrammeState.IN_PROGRESS, " ", null, DAY.minusDays(2),
                        List.of("results:" + RESULTS, "analysis:" + ANALYSIS, "on:" + BEFORE)));
    }

    private static final String NOT = PlanCarryingOutRule.NOT_IN_PROGRESS;
    private static final String RESULTS = PlanCarryingOutRule.NO_RESULTS;
    private static final String ANALYSIS = PlanCarryingOutRule.NO_ANALYSIS;
    private static final String BEFORE = PlanCarryingOutRule.CLOSE_BEFORE;

    @ParameterizedTest
    @MethodSource("closings")
    void aPlanIsClosedInProgressWithResultsAndAnalysisNotBeforeItsStart(ProgrammeState state, String results,
            String analysis, LocalDate on, List<String> expected) {
        assertEquals(expected, rule.checkClose(state, DAY.minusDays(1), results, analysis, on).stream()
                .map(v -> v.field() + ":" + v.messageKey()).toList());
    }

    @Test
    void everyObjectionToTheClosingIsRefusedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.requireClose(ProgrammeState.IN_PROGRESS, DAY, "", "", DAY));
        assertEquals(2, ((ValidationErrors) e).errors().size());
    }
}
