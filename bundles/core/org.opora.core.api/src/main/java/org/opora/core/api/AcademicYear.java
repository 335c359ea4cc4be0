package org.opora.core.api;

import java.time.LocalDate;
import java.time.Month;

/**
 * An academic year (uchebny god), 1 September to 31 August, named by the calendar year it starts in.
 *
 * @param startYear the year the academic year starts in, e.g. 2026 for 2026/2027
 */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public AcademicYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("academic year out of range: " + startYear);
        }
    }

    /** The academic year a day belongs to. */
    public static AcademicYear containing(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** Parses "2026/2027" or "2026". */
    public static AcademicYear parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        AcademicYear year = new AcademicYear(Integer.parseInt(slash < 0 ? t : t.substring(0, slash).strip()));
        if (slash >= 0 && Integer.parseInt(t.substring(slash + 1).strip()) != year.startYear + 1) {
            throw new IllegalArgumentException("not consecutive years: " + text);
        }
        return year;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** "2026/2027". */
    public String label() {
        return startYear + "/" + (startYear + 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
