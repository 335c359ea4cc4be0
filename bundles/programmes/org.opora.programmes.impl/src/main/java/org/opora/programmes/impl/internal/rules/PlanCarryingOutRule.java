package org.opora.programmes.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opora.core.api.ValidationErrors;
import org.opora.programmes.api.ProgrammeState;

/**
 * An approved individual plan is carried out and its coordinator analyses the work (regulation 001, §8.3.2: the
 * coordinator ensures the control of carrying out the plans and the analysis of the work on them with the
 * presentation of its results). The plan is started only once approved and not before its approval; results are
 * recorded while it is in progress; it is closed only in progress, with the results recorded and the analysis
 * written, not before it was started.
 */
public final class PlanCarryingOutRule {

    static final String START = "programmes.rule.carryOut.start";
    static final String START_BEFORE = "programmes.rule.carryOut.startBeforeApproval";
    static final String NOT_IN_PROGRESS = "programmes.rule.carryOut.notInProgress";
    static final String NO_RESULTS = "programmes.rule.carryOut.noResults";
    static final String NO_ANALYSIS = "programmes.rule.carryOut.noAnalysis";
    static final String CLOSE_BEFORE = "programmes.rule.carryOut.closeBeforeStart";

    /**
     * @param state      where the plan stands
     * @param approvedOn the day of its approval, or null
     * @param on         the day it is started
     */
    public List<Violation> checkStart(ProgrammeState state, LocalDate approvedOn, LocalDate on) {
        if (state != ProgrammeState.APPROVED) {
            return List.of(Violation.of("", START));
        }
        if (approvedOn != null && on != null && on.isBefore(approvedOn)) {
            return List.of(Violation.of("on", START_BEFORE));
        }
        return List.of();
    }

    /** Results are recorded while the plan is in progress. */
    public List<Violation> checkResults(ProgrammeState state) {
        return state == ProgrammeState.IN_PROGRESS ? List.of() : List.of(Violation.of("", NOT_IN_PROGRESS));
    }

    /**
     * @param state     where the plan stands
     * @param startedOn the day it was started, or null
     * @param results   the results recorded, or null
     * @param analysis  the coordinator's analysis
     * @param on        the day it is closed
     */
    public List<Violation> checkClose(ProgrammeState state, LocalDate startedOn, String results, String analysis,
            LocalDate on) {
        if (state != ProgrammeState.IN_PROGRESS) {
            return List.of(Violation.of("", NOT_IN_PROGRESS));
        }
        List<Violation> found = new ArrayList<>();
        if (results == null || results.isBlank()) {
            found.add(Violation.of("results", NO_RESULTS));
        }
        if (analysis == null || analysis.isBlank()) {
            found.add(Violation.of("analysis", NO_ANALYSIS));
        }
        if (startedOn != null && on != null && on.isBefore(startedOn)) {
            found.add(Violation.of("on", CLOSE_BEFORE));
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException citing §8.3.2 */
    public void requireStart(ProgrammeState state, LocalDate approvedOn, LocalDate on) {
        Violation.requireNone(checkStart(state, approvedOn, on));
    }

    /** @throws org.opora.core.api.ValidationException citing §8.3.2 */
    public void requireResults(ProgrammeState state) {
        Violation.requireNone(checkResults(state));
    }

    /** @throws org.opora.core.api.ValidationException citing §8.3.2, every objection at once */
    public void requireClose(ProgrammeState state, LocalDate startedOn, String results, String analysis,
            LocalDate on) {
        List<Violation> found = checkClose(state, startedOn, results, analysis, on);
        if (!found.isEmpty()) {
            throw ValidationErrors.of(found.stream().map(Violation::toException).toList());
        }
    }
}
