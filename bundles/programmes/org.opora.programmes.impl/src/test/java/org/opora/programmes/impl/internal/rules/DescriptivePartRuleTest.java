package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

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

    @Test
    void aSchoolMayRequireMoreFieldsOfTheForm() {
        DescriptivePartRule school = new DescriptivePartRule(Set.of("goal", "criteria", "directions"));
        DescriptivePartRule.Content c = new DescriptivePartRule.Content("", "", "Overcome", "Parents", "", "", "",
                " ", List.of());
        assertEquals(List.of("criteria", "directions"), school.check(c).stream().map(Violation::field).toList());
        assertEquals(List.of("programmes.rule.descriptive.criteria", "programmes.rule.descriptive.directions"),
                school.check(c).stream().map(Violation::messageKey).toList());
        assertTrue(school.check(new DescriptivePartRule.Content("", "", "Overcome", "", "", "", "", "Observed",
                List.of("psychological"))).isEmpty(), "the grounds and diagnostics are not required by this school");
    }

    @Test
    void everyFieldASchoolMayRequireHasItsMessage() throws Exception {
        java.util.Properties ru = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/messages.properties"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            ru.load(in);
        }
        for (String code : DescriptivePartRule.FIELDS) {
            assertTrue(ru.containsKey("programmes.rule.descriptive." + code), code);
        }
    }
}
