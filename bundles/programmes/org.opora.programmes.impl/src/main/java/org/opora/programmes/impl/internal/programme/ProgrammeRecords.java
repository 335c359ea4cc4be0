package org.opora.programmes.impl.internal.programme;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.model.TaskEntity;

/** A programme's parts read from the database, in their order, and the records made of them. */
final class ProgrammeRecords {

    private ProgrammeRecords() {
    }

    static List<TaskEntity> tasks(EntityManager em, long programmeId) {
        return em.createQuery("select t from TaskEntity t where t.programmeId = :p order by t.position, t.id",
                TaskEntity.class).setParameter("p", programmeId).getResultList();
    }

    static List<PlanRowEntity> rows(EntityManager em, long programmeId) {
        return em.createQuery("select r from PlanRowEntity r where r.programmeId = :p order by r.position, r.id",
                PlanRowEntity.class).setParameter("p", programmeId).getResultList();
    }

    static List<Step> steps(EntityManager em, long programmeId) {
        return em.createQuery("select s from StepEntity s where s.programmeId = :p order by s.recordedAt, s.id",
                StepEntity.class).setParameter("p", programmeId).getResultList().stream().map(StepEntity::toRecord)
                .toList();
    }

    static Programme record(EntityManager em, ProgrammeEntity p) {
        List<Task> tasks = tasks(em, p.getId()).stream().map(TaskEntity::toRecord).toList();
        return p.toRecord(tasks, steps(em, p.getId()));
    }

    static List<PlanRow> plan(EntityManager em, long programmeId) {
        return rows(em, programmeId).stream().map(PlanRowEntity::toRecord).toList();
    }

    /** Positions 1..n in the list's order, changing only the rows out of place. */
    static void renumber(List<PlanRowEntity> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getPosition() != i + 1) {
                rows.get(i).setPosition(i + 1);
            }
        }
    }
}
