package org.opora.patronage.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportDueRuleTest {

    private static final LocalDate TERM = LocalDate.of(2026, 9, 1);

    @Test
    void withoutTheRuleNoReportIsEverDue() {
        ReportDueRule off = new ReportDueRule(0);
        assertEquals(Optional.empty(), off.nextDue(TERM, null));
        assertFalse(off.dueOn(TERM, null, TERM.plusYears(2)));
        assertEquals(0, new ReportDueRule(-5).days());
        assertEquals(Optional.empty(), new ReportDueRule(-5).nextDue(TERM, null));
    }

    @Test
    void theFirstReportIsDueTheIntervalAfterTheTermBegan() {
        ReportDueRule rule = new ReportDueRule(90);
        assertEquals(Optional.of(TERM.plusDays(90)), rule.nextDue(TERM, null));
        assertFalse(rule.dueOn(TERM, null, TERM.plusDays(89)), "the day before");
        assertTrue(rule.dueOn(TERM, null, TERM.plusDays(90)), "on the day");
        assertTrue(rule.dueOn(TERM, null, TERM.plusDays(200)), "and after, until a report comes");
    }

    @Test
    void afterAReportTheIntervalRunsFromIt() {
        ReportDueRule rule = new ReportDueRule(30);
        LocalDate last = TERM.plusDays(25);
        assertEquals(Optional.of(last.plusDays(30)), rule.nextDue(TERM, last));
        assertFalse(rule.dueOn(TERM, last, last.plusDays(29)));
        assertTrue(rule.dueOn(TERM, last, last.plusDays(30)));
        assertEquals(Optional.of(TERM.plusDays(30)), rule.nextDue(TERM, TERM),
                "a report on the first day counts from that day");
    }

    @Test
    void aReportOfAFormerCuratorDoesNotShortenANewTerm() {
        ReportDueRule rule = new ReportDueRule(30);
        assertEquals(Optional.of(TERM.plusDays(30)), rule.nextDue(TERM, TERM.minusDays(1)));
        assertFalse(rule.dueOn(TERM, TERM.minusDays(10), TERM.plusDays(29)));
    }

    @Test
    void withoutATermNothingIsDue() {
        assertEquals(Optional.empty(), new ReportDueRule(30).nextDue(null, TERM));
        assertFalse(new ReportDueRule(1).dueOn(null, null, TERM));
    }

    @Test
    void oneDayIsTheShortestInterval() {
        ReportDueRule rule = new ReportDueRule(1);
        assertFalse(rule.dueOn(TERM, null, TERM));
        assertTrue(rule.dueOn(TERM, null, TERM.plusDays(1)));
    }
}
