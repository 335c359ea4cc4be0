package org.opora.patronage.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ContactIntervalRuleTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    @Test
    void withoutTheRuleNoContactIsEverDue() {
        ContactIntervalRule off = new ContactIntervalRule(0);
        assertEquals(Optional.empty(), off.nextDue(OPENED, null));
        assertFalse(off.dueOn(OPENED, null, OPENED.plusYears(1)));
        assertEquals(0, new ContactIntervalRule(-3).days());
    }

    @Test
    void aContactIsDueOnTheDayTheIntervalHasPassedSinceTheLastOne() {
        ContactIntervalRule rule = new ContactIntervalRule(14);
        LocalDate last = OPENED.plusDays(5);
        assertEquals(Optional.of(last.plusDays(14)), rule.nextDue(OPENED, last));
        assertFalse(rule.dueOn(OPENED, last, last.plusDays(13)));
        assertTrue(rule.dueOn(OPENED, last, last.plusDays(14)));
        assertTrue(rule.dueOn(OPENED, last, last.plusDays(40)));
    }

    @Test
    void beforeTheFirstContactTheIntervalRunsFromTheOpening() {
        ContactIntervalRule rule = new ContactIntervalRule(7);
        assertFalse(rule.dueOn(OPENED, null, OPENED.plusDays(6)));
        assertTrue(rule.dueOn(OPENED, null, OPENED.plusDays(7)));
        assertEquals(Optional.of(OPENED.plusDays(7)), rule.nextDue(OPENED, OPENED.minusDays(3)));
    }
}
