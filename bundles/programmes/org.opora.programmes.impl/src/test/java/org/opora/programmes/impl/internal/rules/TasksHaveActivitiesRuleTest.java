package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.programmes.impl.internal.rules.TasksHaveActivitiesRule.Task;

class TasksHaveActivitiesRuleTest {

    private final TasksHaveActivitiesRule rule = new TasksHaveActivitiesRule();
    private final List<Task> tasks = List.of(new Task(1, "Improve relations with the parents"),
            new Task(2, "Stabilise the emotional state"));

    @Test
    void everyTaskHasAnActivity() {
        assertTrue(rule.check(tasks, List.of(1L, 2L, 2L)).isEmpty());
    }

    @Test
    void theMessageNamesTheTaskWithout() {
        ValidationException e = assertThrows(ValidationException.class, () -> rule.require(tasks, List.of(1L)));
        assertEquals("programmes.rule.tasks.noActivity", e.messageKey());
        assertEquals("Stabilise the emotional state", e.params()[0]);
        assertEquals(2, rule.check(tasks, List.of()).size());
    }

    @Test
    void aProgrammeHasTasks() {
        assertEquals(List.of(Violation.of("tasks", TasksHaveActivitiesRule.NO_TASKS)),
                rule.check(List.of(), List.of(1L)));
    }
}
