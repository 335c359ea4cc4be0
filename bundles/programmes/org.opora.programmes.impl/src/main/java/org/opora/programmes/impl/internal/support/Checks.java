package org.opora.programmes.impl.internal.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.opora.core.api.ValidationException;

/** Field checks shared by the services; each failure names the field and an i18n key of the programmes' bundle. */
public final class Checks {

    /** Longest text of a free-text field of the form (as the consilium's protocol texts). */
    public static final int LONG_TEXT = 8000;
    /** Longest text of a short field: a task, an activity, participants. */
    public static final int TEXT = 2000;
    /** Longest name, number or short note. */
    public static final int SHORT_TEXT = 320;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Checks() {
    }

    /** A day as messages show it in both languages, e.g. 01.09.2026. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "programmes.error.required");
        }
        return maxLength(field, value, maxLength);
    }

    /** The text stripped, empty for none; refused when longer than the column. */
    public static String maxLength(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, "programmes.error.tooLong", maxLength);
        }
        return v;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "programmes.error.required");
        }
        return value;
    }

    public static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        present(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "programmes.error.future");
        }
        return day;
    }

    /** A day of a step that cannot come before an earlier one, e.g. the approval before the consent. */
    public static LocalDate notBefore(String field, LocalDate day, LocalDate earlier) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new ValidationException(field, "programmes.error.beforeEarlierStep", day(earlier));
        }
        return day;
    }
}
