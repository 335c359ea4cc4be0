package org.opora.teachersupport.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.teachersupport.api.route.CheckpointState;

class CheckpointDueRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);
    private final CheckpointDueRule rule = new CheckpointDueRule(7);

    @Test
    void aCheckpointIsComingUntilTheNoticeDaysBeforeItsDueDate() {
        assertEquals(CheckpointState.COMING, rule.state(DUE, null, DUE.minusDays(8)));
        assertEquals(CheckpointState.DUE, rule.state(DUE, null, DUE.minusDays(7)));
        assertEquals(CheckpointState.DUE, rule.state(DUE, null, DUE.minusDays(1)));
    }

    @Test
    void itIsDueOnItsDueDateAndOverdueTheDayAfter() {
        assertEquals(CheckpointState.DUE, rule.state(DUE, null, DUE));
        assertEquals(CheckpointState.OVERDUE, rule.state(DUE, null, DUE.plusDays(1)));
        assertEquals(CheckpointState.OVERDUE, rule.state(DUE, null, DUE.plusYears(1)));
    }

    @Test
    void aResultEndsTheDutyWhenEverItWasRecorded() {
        assertEquals(CheckpointState.DONE, rule.state(DUE, DUE.plusDays(3), DUE.plusDays(10)));
        assertEquals(CheckpointState.DONE, rule.state(DUE, DUE.minusDays(20), DUE.minusDays(10)));
    }

    @Test
    void withoutNoticeDaysACheckpointIsADutyOnlyOnItsDueDate() {
        CheckpointDueRule none = new CheckpointDueRule(0);
        assertEquals(CheckpointState.COMING, none.state(DUE, null, DUE.minusDays(1)));
        assertEquals(CheckpointState.DUE, none.state(DUE, null, DUE));
        assertEquals(CheckpointState.COMING, new CheckpointDueRule(-3).state(DUE, null, DUE.minusDays(1)),
                "a negative setting counts as none");
    }

    @Test
    void dueAndOverdueAreDutiesOfTheLead() {
        assertTrue(CheckpointDueRule.duty(CheckpointState.DUE));
        assertTrue(CheckpointDueRule.duty(CheckpointState.OVERDUE));
        assertFalse(CheckpointDueRule.duty(CheckpointState.COMING));
        assertFalse(CheckpointDueRule.duty(CheckpointState.DONE));
    }
}
