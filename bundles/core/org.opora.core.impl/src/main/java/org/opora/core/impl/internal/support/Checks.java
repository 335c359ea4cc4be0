package org.opora.core.impl.internal.support;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.opora.core.api.PersonName;
import org.opora.core.api.ValidationException;

/** Field checks shared by the services; each failure names the field and an i18n key of the core's bundle. */
public final class Checks {

    public static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{2,64}$");

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Checks() {
    }

    /** A day as messages show it in both languages, e.g. 01.09.2026. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "core.error.required");
        }
        return maxLength(field, value, maxLength);
    }

    public static String maxLength(String field, String value, int maxLength) {
        String v = value == null ? "" : value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, "core.error.tooLong", maxLength);
        }
        return v;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "core.error.required");
        }
        return value;
    }

    public static PersonName name(PersonName name) {
        present("name", name);
        required("surname", name.surname(), 100);
        required("givenName", name.name(), 100);
        maxLength("patronymic", name.patronymic(), 100);
        return name;
    }

    public static String phone(String field, String value) {
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            throw new ValidationException(field, "core.error.phone");
        }
        return value;
    }

    public static String email(String field, String value) {
        if (!value.isEmpty() && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
            throw new ValidationException(field, "core.error.email");
        }
        return value;
    }

    public static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        present(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "core.error.future");
        }
        return day;
    }
}
