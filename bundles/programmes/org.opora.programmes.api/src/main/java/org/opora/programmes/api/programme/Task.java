package org.opora.programmes.api.programme;

/**
 * One task of a programme (the intermediate steps to the goal); every task needs at least one
 * activity in the plan.
 *
 * @param id       record id (0 in a draft for a new task)
 * @param position 1-based position
 * @param text     the task
 */
public record Task(long id, int position, String text) {
}
