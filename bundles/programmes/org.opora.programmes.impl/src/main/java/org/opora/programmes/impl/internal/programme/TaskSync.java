package org.opora.programmes.impl.internal.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.TaskEntity;

/**
 * Writes a draft's tasks into a programme: existing tasks keep their ids (the plan rows refer to them), new ones
 * are added, and a task left out is removed unless a plan row still serves it.
 */
final class TaskSync {

    private TaskSync() {
    }

    /** Writes the tasks of a checked draft (numbered in order) into the programme. */
    static void apply(EntityManager em, long programmeId, List<Task> tasks) {
        Map<Long, TaskEntity> existing = new HashMap<>();
        ProgrammeRecords.tasks(em, programmeId).forEach(t -> existing.put(t.getId(), t));
        for (Task t : tasks) {
            if (t.id() == 0) {
                em.persist(new TaskEntity(programmeId, t.position(), t.text()));
            } else {
                TaskEntity kept = existing.remove(t.id());
                if (kept == null) {
                    throw new ValidationException("tasks", "programmes.error.taskUnknown", t.text());
                }
                kept.rewrite(t.position(), t.text());
            }
        }
        if (existing.isEmpty()) {
            return;
        }
        List<Long> served = ProgrammeRecords.rows(em, programmeId).stream().map(PlanRowEntity::getTaskId).toList();
        for (TaskEntity removed : existing.values()) {
            if (served.contains(removed.getId())) {
                throw new ValidationException("tasks", "programmes.error.taskInUse", removed.getText());
            }
            em.remove(removed);
        }
    }

    /**
     * Writes the tasks into a new revision and copies the given rows of the previous one to them. A task of the
     * draft with an id continues that task of the previous revision; a row whose task was left out is refused.
     *
     * @return the new revision's task ids by the previous revision's
     */
    static Map<Long, Long> copy(EntityManager em, long fromProgrammeId, long toProgrammeId, List<Task> tasks,
            List<PlanRowEntity> rows) {
        Map<Long, TaskEntity> previous = new HashMap<>();
        ProgrammeRecords.tasks(em, fromProgrammeId).forEach(t -> previous.put(t.getId(), t));
        Map<Long, Long> ids = new HashMap<>();
        for (Task t : tasks) {
            if (t.id() != 0 && !previous.containsKey(t.id())) {
                throw new ValidationException("tasks", "programmes.error.taskUnknown", t.text());
            }
            TaskEntity copy = new TaskEntity(toProgrammeId, t.position(), t.text());
            em.persist(copy);
            em.flush();
            if (t.id() != 0) {
                ids.put(t.id(), copy.getId());
            }
        }
        int position = 0;
        for (PlanRowEntity r : rows) {
            Long taskId = ids.get(r.getTaskId());
            if (taskId == null) {
                TaskEntity left = previous.get(r.getTaskId());
                throw new ValidationException("tasks", "programmes.error.taskInUse",
                        left == null ? "" : left.getText());
            }
            em.persist(r.copyFor(toProgrammeId, ++position, taskId));
        }
        return ids;
    }

    /** The previous revision's tasks as a draft's tasks that continue them. */
    static List<Task> continued(EntityManager em, long programmeId) {
        return ProgrammeRecords.tasks(em, programmeId).stream().map(TaskEntity::toRecord).toList();
    }
}
