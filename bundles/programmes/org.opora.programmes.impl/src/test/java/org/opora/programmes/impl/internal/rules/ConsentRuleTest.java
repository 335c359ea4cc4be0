package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.programmes.impl.internal.rules.ConsentRule.Answer;

class ConsentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private final ConsentRule rule = new ConsentRule(true);

    @Test
    void startsWithARecordedConsent() {
        assertTrue(rule.check(new Answer(true, LocalDate.of(2027, 1, 28), "Ivanova A. P."), START, TODAY).isEmpty());
        assertTrue(rule.check(new Answer(true, START, "Ivanova A. P."), START, TODAY).isEmpty());
    }

    @Test
    void withoutAnAnswerItDoesNotStart() {
        ValidationException e = assertThrows(ValidationException.class, () -> rule.require(null, START, TODAY));
        assertEquals("programmes.rule.consent.missing", e.messageKey());
    }

    @Test
    void aRefusalBlocksWithItsOwnMessage() {
        assertEquals(List.of(Violation.of("consent", ConsentRule.REFUSED)),
                rule.check(new Answer(false, LocalDate.of(2027, 1, 28), "Ivanov P. S."), START, TODAY));
    }

    @Test
    void theConsentNamesItsDayAndWho() {
        assertEquals(List.of(Violation.of("consentDate", ConsentRule.NO_DATE), Violation.of("consentBy",
                ConsentRule.NO_WHO)), rule.check(new Answer(true, null, " "), START, TODAY));
        assertEquals(List.of(Violation.of("consentDate", ConsentRule.FUTURE)),
                rule.check(new Answer(true, TODAY.plusDays(1), "Ivanova"), null, TODAY));
        assertEquals(List.of(Violation.of("consentDate", ConsentRule.AFTER_START)),
                rule.check(new Answer(true, START.plusDays(1), "Ivanova"), START, START.plusDays(3)));
    }

    @Test
    void switchedOffTheConsentIsNotRequiredButARefusalStillCounts() {
        ConsentRule lifted = new ConsentRule(false);
        assertTrue(lifted.check(null, START, TODAY).isEmpty());
        assertEquals(ConsentRule.REFUSED,
                lifted.check(new Answer(false, TODAY, "Ivanova"), START, TODAY).get(0).messageKey());
    }
}
