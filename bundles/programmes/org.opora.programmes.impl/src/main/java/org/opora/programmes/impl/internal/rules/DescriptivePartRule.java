package org.opora.programmes.impl.internal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A programme is approved only with its descriptive part written: the grounds for the programme, the results of
 * the diagnostics and the goal (regulation 002, "the structure of the programme": "the descriptive part — the grounds
 * for the programme …; the results of the psychological diagnostics; …; the goal, the tasks …"). The tasks are
 * {@link TasksHaveActivitiesRule}'s; each missing field is refused on its own input.
 */
public final class DescriptivePartRule {

    static final String GROUNDS = "programmes.rule.descriptive.grounds";
    static final String DIAGNOSTICS = "programmes.rule.descriptive.diagnostics";
    static final String GOAL = "programmes.rule.descriptive.goal";

    /** The descriptive fields as stored; {@code null} or blank counts as missing. */
    public record Content(String grounds, String diagnostics, String goal) {
    }

    public List<Violation> check(Content c) {
        List<Violation> missing = new ArrayList<>();
        if (blank(c.grounds())) {
            missing.add(Violation.of("grounds", GROUNDS));
        }
        if (blank(c.diagnostics())) {
            missing.add(Violation.of("diagnostics", DIAGNOSTICS));
        }
        if (blank(c.goal())) {
            missing.add(Violation.of("goal", GOAL));
        }
        return missing;
    }

    /** @throws org.opora.core.api.ValidationException on the first missing field, in the order of the form */
    public void require(Content c) {
        Violation.requireNone(check(c));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
