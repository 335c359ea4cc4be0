package org.opora.programmes.api.programme;

import java.time.LocalDate;

/**
 * A plan row as the curator writes it; the period must lie within the programme.
 *
 * @param activity      the activity
 * @param form          its form (consultation, class hour, training …)
 * @param taskId        the task it serves
 * @param target        whom it addresses (code)
 * @param participants  participants
 * @param responsibleId the responsible specialist (staff)
 * @param from          first day (or the date)
 * @param to            last day; {@code null} for a single date
 * @param plannedResult planned result
 * @param direction     direction of help (code of the 002 list), may be empty
 * @param workDirection the service's direction of work (000 §3), a code of the core's list; when empty the service
 *                      derives it from whom the row addresses and its direction of help
 */
public record PlanRowDraft(String activity, String form, long taskId, String target, String participants,
        Long responsibleId, LocalDate from, LocalDate to, String plannedResult, String direction,
        String workDirection) {

    public PlanRowDraft {
        workDirection = workDirection == null ? "" : workDirection.strip();
    }

    /** A draft without the direction of work, which the service derives (as before 2.3). */
    public PlanRowDraft(String activity, String form, long taskId, String target, String participants,
            Long responsibleId, LocalDate from, LocalDate to, String plannedResult, String direction) {
        this(activity, form, taskId, target, participants, responsibleId, from, to, plannedResult, direction, "");
    }
}
