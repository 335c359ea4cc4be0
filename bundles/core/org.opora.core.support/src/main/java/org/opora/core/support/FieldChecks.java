package org.opora.core.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.opora.core.api.ValidationException;

/**
 * The field checks every module's services make, each failure naming the field and a {@code core.error.*} key, so
 * that "required", "too long" and "in the future" read the same in every module.
 */
public final class FieldChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private FieldChecks() {
    }

    /** A day as messages show it in both languages, e.g. 01.09.2026. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The text stripped; refused when empty or longer than the column. */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "core.error.required");
        }
        return maxLength(field, value, maxLength);
    }

    /** The text stripped, empty for none; refused when longer than the column. */
    public static String maxLength(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, "core.error.tooLong", maxLength);
        }
        return v;
    }

    /** The value; refused when missing. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "core.error.required");
        }
        return value;
    }

    /** The day; refused when missing or after today. */
    public static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        present(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "core.error.future");
        }
        return day;
    }
}
