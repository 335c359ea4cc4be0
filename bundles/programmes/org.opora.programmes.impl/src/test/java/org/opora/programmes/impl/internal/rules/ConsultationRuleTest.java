package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.programmes.api.ProgrammeState;

/** 001 §4.6: consultations at any stage until the plan is closed, not before the year the plan was opened in. */
class ConsultationRuleTest {

    private final ConsultationRule rule = new ConsultationRule();

    @Test
    void consultationsAreKeptUntilThePlanIsClosed() {
        for (ProgrammeState s : ProgrammeState.values()) {
            assertEquals(s.isFinal() ? List.of(Violation.of("", ConsultationRule.CLOSED)) : List.of(),
                    rule.checkOpen(s), s.name());
        }
    }

    @Test
    void aConsultationIsNotDatedBeforeTheYearThePlanWasOpenedIn() {
        LocalDate opened = LocalDate.of(2026, 10, 15);
        assertEquals(LocalDate.of(2026, 1, 1), ConsultationRule.earliest(opened));
        assertEquals(List.of(), rule.checkDay(LocalDate.of(2026, 1, 1), opened));
        assertEquals(List.of(), rule.checkDay(LocalDate.of(2026, 12, 1), opened), "after the opening too");
        assertEquals(List.of(Violation.of("on", ConsultationRule.TOO_EARLY, "01.01.2026")),
                rule.checkDay(LocalDate.of(2025, 12, 31), opened));
        assertEquals(List.of(), rule.checkDay(null, opened), "a missing day is the form's check");
    }
}
