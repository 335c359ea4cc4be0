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
 * @param direction     direction of help (code), may be empty
 */
public record PlanRowDraft(String activity, String form, long taskId, String target, String participants,
        Long responsibleId, LocalDate from, LocalDate to, String plannedResult, String direction) {
}
