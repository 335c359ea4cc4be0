package org.opora.patronage.api.work;

import java.time.LocalDate;

/**
 * A row of the work plan to add or correct.
 *
 * @param activity      what is done, required
 * @param form          the form of work, required
 * @param from          the day or the first day, required
 * @param to            the last day; {@code null} for one day; not before {@code from}
 * @param responsibleId the staff member responsible, required
 * @param help          the kind of help, required
 * @param direction     the direction of work (000 §3), a code of the core's list; empty for the one the kind of help
 *                      gives ({@link HelpKind#defaultDirection()}); since 1.1
 * @param plannedResult the result planned, required
 */
public record WorkItemDraft(String activity, String form, LocalDate from, LocalDate to, Long responsibleId,
        HelpKind help, String direction, String plannedResult) {

    public WorkItemDraft {
        activity = activity == null ? "" : activity.strip();
        direction = direction == null ? "" : direction.strip();
        form = form == null ? "" : form.strip();
        plannedResult = plannedResult == null ? "" : plannedResult.strip();
    }

    /** A row whose direction its kind of help gives: the form of 1.0. */
    public WorkItemDraft(String activity, String form, LocalDate from, LocalDate to, Long responsibleId, HelpKind help,
            String plannedResult) {
        this(activity, form, from, to, responsibleId, help, "", plannedResult);
    }
}
