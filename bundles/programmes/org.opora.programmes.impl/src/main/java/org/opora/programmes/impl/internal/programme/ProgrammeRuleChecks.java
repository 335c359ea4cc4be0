package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.TaskEntity;
import org.opora.programmes.impl.internal.rules.ActivityPeriodRule;
import org.opora.programmes.impl.internal.rules.ConsentRule;
import org.opora.programmes.impl.internal.rules.TasksHaveActivitiesRule;

/**
 * The rules of regulation 002 applied to a whole programme as stored: its period by risk category
 * ({@code DurationRule}) and its rows within it ({@code ActivityPeriodRule}) on every transition; the curator
 * ({@code CuratorRule}), the grounds, diagnostics and goal ({@code DescriptivePartRule}), the consent ({@code ConsentRule}) and an activity for every task
 * ({@code TasksHaveActivitiesRule}) before approval; the consent again before the start. The first broken rule is
 * thrown as a ValidationException citing its clause.
 */
final class ProgrammeRuleChecks {

    private ProgrammeRuleChecks() {
    }

    /**
     * The period and the rows' periods; checked on every transition.
     *
     * @param graduation when the pupil is expected to finish school, or {@code null} when not known
     */
    static void content(ProgrammeRules rules, EntityManager em, ProgrammeEntity p, LocalDate graduation) {
        rules.duration().require(p.getStartDate(), p.getEndDate(), p.getRiskCategory(), graduation);
        rules.activityPeriod().require(p.getStartDate(), p.getEndDate(), activities(ProgrammeRecords.rows(em,
                p.getId())));
    }

    /** Every rule, before the director's approval. */
    static void approval(ProgrammeRules rules, EntityManager em, ProgrammeEntity p, LocalDate today,
            LocalDate graduation) {
        rules.curator().require(p.getCuratorId());
        rules.descriptive().require(p.requiredContent());
        consent(rules, p, today);
        content(rules, em, p, graduation);
        List<TasksHaveActivitiesRule.Task> tasks = ProgrammeRecords.tasks(em, p.getId()).stream()
                .map(ProgrammeRuleChecks::task).toList();
        rules.tasks().require(tasks, ProgrammeRecords.rows(em, p.getId()).stream().map(PlanRowEntity::getTaskId)
                .toList());
    }

    /** The parents' consent, before approval and before the start. */
    static void consent(ProgrammeRules rules, ProgrammeEntity p, LocalDate today) {
        Consent c = p.getConsent();
        ConsentRule.Answer answer = c == null ? null : new ConsentRule.Answer(c.given(), c.date(), c.representative());
        rules.consent().require(answer, p.getStartDate(), today);
    }

    static List<ActivityPeriodRule.Activity> activities(List<PlanRowEntity> rows) {
        return rows.stream().map(r -> new ActivityPeriodRule.Activity(r.getPosition(), r.getFrom(), r.getTo()))
                .toList();
    }

    private static TasksHaveActivitiesRule.Task task(TaskEntity t) {
        return new TasksHaveActivitiesRule.Task(t.getId(), t.getText());
    }
}
