package org.opora.core.api.activity;

import java.time.LocalDate;
import java.util.Objects;

import org.opora.core.api.AcademicYear;

/**
 * Which activities to list: those dated within a period, of one direction of work or of all.
 *
 * @param from      first day of the period
 * @param to        last day of the period, not before {@code from}
 * @param direction a direction code; {@link #ALL} for every direction, {@link #UNSPECIFIED} for the activities
 *                  without one
 */
public record ActivityQuery(LocalDate from, LocalDate to, String direction) {

    /** Every direction, and the activities without one. */
    public static final String ALL = "*";
    /** The activities that carry no direction ("not specified"). */
    public static final String UNSPECIFIED = "";

    public ActivityQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it begins: " + from + " … " + to);
        }
        direction = direction == null ? ALL : direction.strip();
    }

    /** Every activity of an academic year. */
    public static ActivityQuery of(AcademicYear year) {
        return new ActivityQuery(year.firstDay(), year.lastDay(), ALL);
    }

    /** The same period, one direction ({@link #ALL}, {@link #UNSPECIFIED} or a code). */
    public ActivityQuery withDirection(String code) {
        return new ActivityQuery(from, to, code);
    }

    /** Whether a day lies within the period. */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether an activity of the direction (empty for none) is asked for. */
    public boolean wants(String code) {
        return ALL.equals(direction) || direction.equals(code == null ? "" : code);
    }

    /** Whether an activity is asked for: dated within the period and of the direction. */
    public boolean matches(Activity activity) {
        return covers(activity.date()) && wants(activity.direction());
    }
}
