package org.opora.core.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** Date helpers of the generator; "today" always comes from the caller, never from the clock. */
final class Days {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int LAST_NEW_YEAR_HOLIDAY = 8;
    private static final int VICTORY_DAY = 9;
    private static final int FIRST_DAY_AFTER_LEAVE = 25;

    private Days() {
    }

    /** A random day from {@code first} to {@code last} inclusive; {@code first} when the range is empty. */
    static LocalDate between(Random rnd, LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(rnd.nextInt((int) days + 1));
    }

    /** A random working day (Monday to Friday) from {@code first} to {@code last}, see {@link #workday}. */
    static LocalDate workdayBetween(Random rnd, LocalDate first, LocalDate last) {
        return workday(between(rnd, first, last), first, last);
    }

    /**
     * The day itself when it is a working day, else the Friday before when that is not before {@code first}, else
     * the Monday after when that is not after {@code last}, else the day itself: offices do not sign papers at
     * weekends, but the range matters more.
     */
    static LocalDate workday(LocalDate day, LocalDate first, LocalDate last) {
        int weekend = day.getDayOfWeek().getValue() - DayOfWeek.FRIDAY.getValue();
        if (weekend <= 0) {
            return day;
        }
        LocalDate friday = day.minusDays(weekend);
        LocalDate monday = day.plusDays(3L - weekend);
        return !friday.isBefore(first) ? friday : !monday.isAfter(last) ? monday : day;
    }

    /**
     * Whether the day falls into the New Year or May public holidays, or into July and most of August when
     * agencies and the school's specialists are mostly on leave.
     */
    static boolean holiday(LocalDate day) {
        int d = day.getDayOfMonth();
        return switch (day.getMonth()) {
            case JANUARY -> d <= LAST_NEW_YEAR_HOLIDAY;
            case MAY -> d == 1 || d == VICTORY_DAY;
            case JULY -> true;
            case AUGUST -> d < FIRST_DAY_AFTER_LEAVE;
            default -> false;
        };
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** "12.03.2025", as Russian documents write dates. */
    static String format(LocalDate day) {
        return RUSSIAN.format(day);
    }
}
