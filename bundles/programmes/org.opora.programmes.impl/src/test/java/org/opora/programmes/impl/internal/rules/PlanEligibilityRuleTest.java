package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class PlanEligibilityRuleTest {

    private final PlanEligibilityRule rule = new PlanEligibilityRule(
            List.of("ovz", "disabled", "gifted", "special-needs"));

    @Test
    void anyEligibleFlagIsEnough() {
        assertTrue(rule.check(Set.of("gifted"), c -> c).isEmpty());
        assertTrue(rule.check(Set.of("at-risk", "ovz"), c -> c).isEmpty());
    }

    @Test
    void otherwiseRefusedListingTheFlags() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(Set.of("at-risk"), c -> "<" + c + ">"));
        assertEquals("programmes.rule.plan.notEligible", e.messageKey());
        assertEquals("<ovz>, <disabled>, <gifted>, <special-needs>", e.params()[0]);
        assertEquals(1, rule.check(Set.of(), c -> c).size());
    }

    @Test
    void anEmptySettingRestrictsNobody() {
        assertTrue(new PlanEligibilityRule(List.of()).check(Set.of(), c -> c).isEmpty());
    }
}
