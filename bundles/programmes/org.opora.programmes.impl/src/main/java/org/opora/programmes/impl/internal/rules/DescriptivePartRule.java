package org.opora.programmes.impl.internal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme is approved only with the fields of its form the school requires written — by default the grounds for
 * the programme, the results of the diagnostics and the goal (regulation 002, "the structure of the programme": "the
 * descriptive part — the grounds for the programme …; the results of the psychological diagnostics; …; the goal, the
 * tasks …"); the school may require more (its variant point "required fields", the setting
 * {@code requiredBeforeApproval}). The tasks are {@link TasksHaveActivitiesRule}'s; each missing field is refused on
 * its own input.
 */
public final class DescriptivePartRule {

    static final String GROUNDS = "programmes.rule.descriptive.grounds";
    static final String DIAGNOSTICS = "programmes.rule.descriptive.diagnostics";
    static final String GOAL = "programmes.rule.descriptive.goal";
    static final String PARTICIPANTS = "programmes.rule.descriptive.participants";
    static final String INTERNAL_RESOURCES = "programmes.rule.descriptive.internal-resources";
    static final String EXTERNAL_RESOURCES = "programmes.rule.descriptive.external-resources";
    static final String EXPECTED_RESULTS = "programmes.rule.descriptive.expected-results";
    static final String CRITERIA = "programmes.rule.descriptive.criteria";
    static final String DIRECTIONS = "programmes.rule.descriptive.directions";

    /** The message of each missing field by its code. */
    private static final Map<String, String> MESSAGES = Map.of("grounds", GROUNDS, "diagnostics", DIAGNOSTICS,
            "goal", GOAL, "participants", PARTICIPANTS, "internal-resources", INTERNAL_RESOURCES, "external-resources",
            EXTERNAL_RESOURCES, "expected-results", EXPECTED_RESULTS, "criteria", CRITERIA, "directions", DIRECTIONS);

    /** The codes of the fields a school may require (the setting's values), in the order of the form. */
    public static final List<String> FIELDS = List.of("grounds", "diagnostics", "goal", "participants",
            "internal-resources", "external-resources", "expected-results", "criteria", "directions");

    /** What 002 requires: the descriptive part. */
    public static final Set<String> DEFAULT = Set.of("grounds", "diagnostics", "goal");

    private final Set<String> required;

    /** The rule of 002: grounds, diagnostics and goal. */
    public DescriptivePartRule() {
        this(DEFAULT);
    }

    /** @param required codes of {@link #FIELDS} that must be written; unknown codes are ignored */
    public DescriptivePartRule(Set<String> required) {
        this.required = Set.copyOf(required);
    }

    /**
     * The fields of the form a school may require, as stored; {@code null} or blank counts as missing, as does an
     * empty list of directions of help.
     */
    public record Content(String grounds, String diagnostics, String goal, String participants,
            String internalResources, String externalResources, String expectedResults, String criteria,
            List<String> directions) {

        /** Only the descriptive part; the other fields empty. */
        public Content(String grounds, String diagnostics, String goal) {
            this(grounds, diagnostics, goal, null, null, null, null, null, List.of());
        }

        /** Each field by its code, with the form's field it is reported on. */
        Map<String, String[]> byCode() {
            Map<String, String[]> m = new LinkedHashMap<>();
            m.put("grounds", new String[] {"grounds", grounds});
            m.put("diagnostics", new String[] {"diagnostics", diagnostics});
            m.put("goal", new String[] {"goal", goal});
            m.put("participants", new String[] {"participants", participants});
            m.put("internal-resources", new String[] {"internalResources", internalResources});
            m.put("external-resources", new String[] {"externalResources", externalResources});
            m.put("expected-results", new String[] {"expectedResults", expectedResults});
            m.put("criteria", new String[] {"criteria", criteria});
            m.put("directions", new String[] {"directions",
                directions == null || directions.isEmpty() ? null : String.join(",", directions)});
            return m;
        }
    }

    public List<Violation> check(Content c) {
        List<Violation> missing = new ArrayList<>();
        c.byCode().forEach((code, field) -> {
            if (required.contains(code) && blank(field[1])) {
                missing.add(Violation.of(field[0], MESSAGES.get(code)));
            }
        });
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
