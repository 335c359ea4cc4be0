package org.opora.core.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;

/**
 * The field checks every module's services make, each failure naming the field and a {@code core.error.*} key, so
 * that "required", "too long" and "in the future" read the same in every module.
 */
public final class FieldChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private FieldChecks() {
    }

    /**
     * Runs every check of a form and refuses with all their objections at once (one {@link ValidationErrors} for
     * several), so that the form marks every wrong field rather than the first one. Other failures end it at once;
     * {@link Objections} gathers checks that give a value back.
     */
    public static void all(Runnable... checks) {
        List<ValidationException> found = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (ValidationException e) {
                found.add(e);
            }
        }
        if (!found.isEmpty()) {
            throw ValidationErrors.of(found);
        }
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

    /**
     * The day; refused when missing, after today ({@code core.error.future}) or more than {@value #RECORD_YEARS}
     * years back ({@code core.error.date.range} naming the earliest day and today).
     */
    public static LocalDate notFuture(String field, LocalDate day, LocalDate today) {
        present(field, day);
        if (day.isAfter(today)) {
            throw new ValidationException(field, "core.error.future");
        }
        return within(field, day, earliest(today), today);
    }

    /** How many years back a day recorded in a form may lie at most (an order, a document, a contact). */
    public static final int RECORD_YEARS = 50;

    /** The earliest day a form accepts at all: {@value #RECORD_YEARS} years before today. */
    public static LocalDate earliest(LocalDate today) {
        return today.minusYears(RECORD_YEARS);
    }

    /**
     * A day that may lie in the past or ahead (a start, an end, a due day, a hearing); refused when missing or
     * outside {@link #earliest} .. {@link #lastSchoolDay} of today, with {@code core.error.date.range}.
     */
    public static LocalDate plausible(String field, LocalDate day, LocalDate today) {
        return within(field, day, earliest(today), lastSchoolDay(today));
    }

    /**
     * The day; refused when missing or outside {@code from}..{@code to} (both included), with
     * {@code core.error.date.range} naming the two ends.
     */
    public static LocalDate within(String field, LocalDate day, LocalDate from, LocalDate to) {
        present(field, day);
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new ValidationException(field, "core.error.date.range", day(from), day(to));
        }
        return day;
    }

    /**
     * The day of a school event (a meeting, a protocol, a plan, a schedule); refused when missing or outside the
     * previous, the current and the next academic year of today, with {@code core.error.date.schoolYears} naming the
     * first and the last day. Keeps every date a user can type away from {@link AcademicYear}'s own limits.
     */
    public static LocalDate schoolYears(String field, LocalDate day, LocalDate today) {
        present(field, day);
        LocalDate from = firstSchoolDay(today);
        LocalDate to = lastSchoolDay(today);
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new ValidationException(field, "core.error.date.schoolYears", day(from), day(to));
        }
        return day;
    }

    /** The first day of the previous academic year of today: the earliest day {@link #schoolYears} accepts. */
    public static LocalDate firstSchoolDay(LocalDate today) {
        return new AcademicYear(AcademicYear.containing(today).startYear() - 1).firstDay();
    }

    /** The last day of the next academic year of today: the latest day {@link #schoolYears} accepts. */
    public static LocalDate lastSchoolDay(LocalDate today) {
        return AcademicYear.containing(today).next().lastDay();
    }

    /**
     * The day of something observed or done about a pupil; refused when missing, before the pupil's birth or after
     * today, with {@code core.error.date.sinceBirth} naming both ends.
     */
    public static LocalDate sinceBirth(String field, LocalDate day, LocalDate birthDate, LocalDate today) {
        present(field, day);
        if (day.isAfter(today) || birthDate != null && day.isBefore(birthDate)) {
            throw new ValidationException(field, "core.error.date.sinceBirth", day(birthDate), day(today));
        }
        return day;
    }
}
