package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VariantRuleTest {

    @Test
    void bothVariantsByDefault() {
        VariantRule both = new VariantRule(true, true);
        assertTrue(both.check(ProgrammeKind.PROGRAMME).isEmpty());
        assertTrue(both.check(ProgrammeKind.INDIVIDUAL_PLAN).isEmpty());
    }

    @Test
    void aSwitchedOffVariantIsRefused() {
        assertEquals(List.of(Violation.of("kind", VariantRule.PROGRAMMES_OFF)),
                new VariantRule(false, true).check(ProgrammeKind.PROGRAMME));
        assertEquals(List.of(Violation.of("kind", VariantRule.PLANS_OFF)),
                new VariantRule(true, false).check(ProgrammeKind.INDIVIDUAL_PLAN));
        assertEquals("individual-plan", ProgrammeKind.INDIVIDUAL_PLAN.code());
    }
}
