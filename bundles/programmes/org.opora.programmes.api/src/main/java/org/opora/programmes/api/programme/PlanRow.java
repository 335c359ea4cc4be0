package org.opora.programmes.api.programme;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the support plan, the seven columns of the 002 form: No. (position), the activity and its
 * form, participants, responsible specialist, date or period, planned result, and the actual result with the
 * completion mark and recommendations for further support. Each row serves one task and addresses the pupil, the
 * parents or the teaching staff.
 *
 * @param id               record id
 * @param programmeId      the programme
 * @param position         № (1-based)
 * @param activity         the activity
 * @param form             its form
 * @param taskId           the task it serves
 * @param target           whom it addresses (code: pupil, parents, staff)
 * @param participants     participants
 * @param responsibleId    the responsible specialist (staff)
 * @param responsibleName  their name
 * @param from             first day of the period (or the date)
 * @param to               last day of the period (same as {@code from} for a date)
 * @param plannedResult    planned result
 * @param actualResult     actual result, written when done
 * @param done             the completion mark
 * @param doneOn           the day it was done, or {@code null}
 * @param doneBy           name of who marked it done, empty before
 * @param recommendations  recommendations for further support
 * @param direction        direction of help (code of the 002 list), may be empty
 * @param markedAt         when it was marked done, or {@code null}
 * @param workDirection    the service's direction of work (000 §3), a code of the core's list; empty for a row
 *                         written before it was kept ("not specified")
 * @param version          for optimistic locking
 */
public record PlanRow(long id, long programmeId, int position, String activity, String form, long taskId,
        String target, String participants, Long responsibleId, String responsibleName, LocalDate from, LocalDate to,
        String plannedResult, String actualResult, boolean done, LocalDate doneOn, String doneBy,
        String recommendations, String direction, Instant markedAt, String workDirection, long version) {

    public PlanRow {
        workDirection = workDirection == null ? "" : workDirection;
    }

    /** A row without the direction of work (the record as it was before 2.3). */
    public PlanRow(long id, long programmeId, int position, String activity, String form, long taskId,
            String target, String participants, Long responsibleId, String responsibleName, LocalDate from,
            LocalDate to, String plannedResult, String actualResult, boolean done, LocalDate doneOn, String doneBy,
            String recommendations, String direction, Instant markedAt, long version) {
        this(id, programmeId, position, activity, form, taskId, target, participants, responsibleId, responsibleName,
                from, to, plannedResult, actualResult, done, doneOn, doneBy, recommendations, direction, markedAt, "",
                version);
    }

    /** Whether the row's period has passed without it being done. */
    public boolean overdueOn(LocalDate day) {
        return !done && to != null && to.isBefore(day);
    }
}
