package org.opora.consilium.impl.internal.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.opora.core.api.ValidationException;

/** Field checks shared by the services; each failure names the field and an i18n key of the consilium's bundle. */
public final class Checks {

    /** Longest text of a free-text field of a protocol or an examination. */
    public static final int LONG_TEXT = 8000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Checks() {
    }

    /** A day as messages and citations show it in both languages, e.g. 01.09.2026. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "consilium.error.required");
        }
        return maxLength(field, value, maxLength);
    }

    public static String maxLength(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, "consilium.error.tooLong", maxLength);
        }
        return v;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "consilium.error.required");
        }
        return value;
    }

    public static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        present(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "consilium.error.future");
        }
        return day;
    }
}
