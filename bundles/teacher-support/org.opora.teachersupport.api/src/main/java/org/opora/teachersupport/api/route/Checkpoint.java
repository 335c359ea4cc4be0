package org.opora.teachersupport.api.route;

import java.time.LocalDate;

/**
 * A checkpoint (kontrolny srez) of a route.
 *
 * @param id          record id
 * @param recordId    the support record
 * @param kind        the kind (a code of the settings' list)
 * @param description what is to be shown
 * @param due         the due date
 * @param doneOn      the day it was passed, or {@code null}
 * @param result      the result, empty until passed
 * @param evidence    what shows it, may be empty
 * @param state       where it stands today
 * @param version     optimistic-lock version
 */
public record Checkpoint(long id, long recordId, String kind, String description, LocalDate due, LocalDate doneOn,
        String result, String evidence, CheckpointState state, long version) {
}
