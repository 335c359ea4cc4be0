package org.opora.patronage.api.year;

/**
 * One line of the year's schedule of patronage work.
 *
 * @param id          record id
 * @param year        the academic year's first calendar year (2026 for 2026/27)
 * @param when        when: a month, a period or "during the year", as written
 * @param activity    what is done (methodological consultations for curators, administrative meetings …)
 * @param responsible who is responsible
 * @param version     optimistic-lock version
 */
public record ScheduleEntry(long id, int year, String when, String activity, String responsible, long version) {
}
