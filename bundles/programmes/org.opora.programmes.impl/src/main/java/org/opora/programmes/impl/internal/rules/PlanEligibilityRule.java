package org.opora.programmes.impl.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who gets an individual plan (regulation 001, §6.1: obligatory for pupils with disabilities (OVZ), with
 * developmental particularities, disabled children and pupils with special educational needs; §7.1: "first of all
 * gifted children and children with disabilities"): a pupil with at least one of the configured status
 * flags of the core ({@code planEligibleFlags}) active on the day. An empty setting restricts nobody.
 */
public final class PlanEligibilityRule {

    static final String NOT_ELIGIBLE = "programmes.rule.plan.notEligible";

    private final List<String> eligibleFlags;

    public PlanEligibilityRule(List<String> eligibleFlags) {
        this.eligibleFlags = List.copyOf(eligibleFlags);
    }

    public boolean eligible(Set<String> activeFlags) {
        return eligibleFlags.isEmpty() || eligibleFlags.stream().anyMatch(activeFlags::contains);
    }

    /**
     * @param activeFlags the codes of the pupil's flags active on the day
     * @param flagLabel   the label of a flag code in the user's language, for the message
     */
    public List<Violation> check(Set<String> activeFlags, Function<String, String> flagLabel) {
        if (eligible(activeFlags)) {
            return List.of();
        }
        String flags = eligibleFlags.stream().map(flagLabel).collect(Collectors.joining(", "));
        return List.of(Violation.of("pupilId", NOT_ELIGIBLE, flags));
    }

    /** @throws org.opora.core.api.ValidationException listing the flags that give the right to a plan */
    public void require(Set<String> activeFlags, Function<String, String> flagLabel) {
        Violation.requireNone(check(activeFlags, flagLabel));
    }
}
