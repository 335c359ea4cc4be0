package org.opora.platform.api.duty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something the signed-in person has to do.
 *
 * @param title  localized one-line description
 * @param detail localized detail (pupil, meeting …), may be empty
 * @param due    due date, or null if none
 * @param route  route of the view where it is done, relative to the application root, may be empty
 */
public record Duty(String title, String detail, LocalDate due, String route) {

    public Duty {
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
        route = route == null ? "" : route;
    }

    /** Whether the due date has passed on the given day. */
    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
