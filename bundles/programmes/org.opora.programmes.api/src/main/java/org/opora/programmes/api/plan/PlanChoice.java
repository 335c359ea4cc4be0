package org.opora.programmes.api.plan;

/**
 * A lesson, activity or form of work the parents chose from the main educational programme (001 section 4.4).
 *
 * @param id          record id (0 in a draft for a new one)
 * @param kind        code: lesson, activity, form-of-work
 * @param title       what it is
 * @param weeklyHours hours a week it adds (0 for a form of work without hours)
 * @param note        e.g. who gives it
 */
public record PlanChoice(long id, String kind, String title, int weeklyHours, String note) {

    public PlanChoice {
        note = note == null ? "" : note;
    }
}
