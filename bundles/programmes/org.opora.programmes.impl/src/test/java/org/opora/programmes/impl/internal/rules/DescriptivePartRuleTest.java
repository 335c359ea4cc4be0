package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class DescriptivePartRuleTest {

    private final DescriptivePartRule rule = new DescriptivePartRule();

    @Test
    void theGroundsTheDiagnosticsAndTheGoalAreWrittenBeforeApproval() {
        assertTrue(rule.check(new DescriptivePartRule.Content("Conflict", "High anxiety", "Overcome")).isEmpty());
        List<Violation> missing = rule.check(new DescriptivePartRule.Content(" ", null, ""));
        assertEquals(List.of("grounds", "diagnostics", "goal"), missing.stream().map(Violation::field).toList());
        assertEquals(List.of(DescriptivePartRule.GROUNDS, DescriptivePartRule.DIAGNOSTICS, DescriptivePartRule.GOAL),
                missing.stream().map(Violation::messageKey).toList());
    }

    @Test
    void theFirstMissingFieldIsRefusedOnItsInput() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.require(new DescriptivePartRule.Content("Conflict", "\n", "")));
        assertEquals("diagnostics", e.field());
        assertEquals(DescriptivePartRule.DIAGNOSTICS, e.messageKey());
    }
}
