package org.opora.programmes.impl.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every task of a programme has at least one activity in the plan (regulation 002: "activities are drawn up for
 * every task of the programme"), and a programme has at least one task (its structure: "goal, tasks, participants").
 * The message names the task without activities.
 */
public final class TasksHaveActivitiesRule {

    static final String NO_TASKS = "programmes.rule.tasks.none";
    static final String NO_ACTIVITY = "programmes.rule.tasks.noActivity";

    /** A task of the programme: its id and its wording. */
    public record Task(long id, String text) {
    }

    /**
     * @param rowTaskIds the task ids the plan rows serve (one per row; a row without a task is left out)
     */
    public List<Violation> check(List<Task> tasks, Collection<Long> rowTaskIds) {
        if (tasks.isEmpty()) {
            return List.of(Violation.of("tasks", NO_TASKS));
        }
        List<Violation> found = new ArrayList<>();
        for (Task task : tasks) {
            if (!rowTaskIds.contains(task.id())) {
                found.add(Violation.of("plan", NO_ACTIVITY, task.text()));
            }
        }
        return found;
    }

    /** @throws org.opora.core.api.ValidationException naming the first task without an activity */
    public void require(List<Task> tasks, Collection<Long> rowTaskIds) {
        Violation.requireNone(check(tasks, rowTaskIds));
    }
}
