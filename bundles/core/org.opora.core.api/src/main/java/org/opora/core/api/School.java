package org.opora.core.api;

/**
 * The school (OU) this installation serves.
 *
 * @param name        full name, e.g. "GBOU school No. 59"
 * @param number      the school's number, e.g. "59"
 * @param address     postal address, may be empty
 * @param directorId  the director among the staff, or {@code null} while not set
 * @param director    the director's name as printed on documents; empty while not set
 * @param currentYear the academic year the school works in now
 * @param version     optimistic-lock version for {@link SchoolService#update}
 */
public record School(String name, String number, String address, Long directorId, String director,
        AcademicYear currentYear, long version) {
}
