package org.opora.patronage.api.work;

import java.time.LocalDate;

/**
 * One row of the curator's work plan.
 *
 * @param id              record id
 * @param caseId          the case
 * @param position        the row's place in the plan, from 1
 * @param activity        what is done
 * @param form            the form of work (talk, training, home visit …)
 * @param from            the day, or the first day of the period
 * @param to              the last day of the period; equal to {@code from} for one day
 * @param responsibleId   the staff member responsible
 * @param responsible     their name
 * @param help            the kind of help
 * @param direction       the direction of work (000 §3), a code of the core's list; since 1.1
 * @param plannedResult   the result planned
 * @param actualResult    the result obtained; empty until done
 * @param doneOn          the day it was marked done, or {@code null}
 * @param overdue         whether the period is over and the row is not done
 * @param version         optimistic-lock version
 */
public record WorkItem(long id, long caseId, int position, String activity, String form, LocalDate from,
        LocalDate to, long responsibleId, String responsible, HelpKind help, String direction, String plannedResult,
        String actualResult, LocalDate doneOn, boolean overdue, long version) {

    public WorkItem {
        direction = direction == null || direction.isBlank() ? help == null ? "" : help.defaultDirection()
                : direction;
    }

    /** A row with the direction its kind of help gives ({@link HelpKind#defaultDirection()}): the form of 1.0. */
    public WorkItem(long id, long caseId, int position, String activity, String form, LocalDate from, LocalDate to,
            long responsibleId, String responsible, HelpKind help, String plannedResult, String actualResult,
            LocalDate doneOn, boolean overdue, long version) {
        this(id, caseId, position, activity, form, from, to, responsibleId, responsible, help, "", plannedResult,
                actualResult, doneOn, overdue, version);
    }

    public boolean done() {
        return doneOn != null;
    }
}
