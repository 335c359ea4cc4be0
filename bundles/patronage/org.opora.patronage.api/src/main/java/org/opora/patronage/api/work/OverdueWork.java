package org.opora.patronage.api.work;

/**
 * A plan row past its period and not done, with the pupil it is for.
 *
 * @param pupil the pupil's name
 * @param item  the row
 */
public record OverdueWork(String pupil, WorkItem item) {
}
