package org.opora.core.api.staff;

import java.time.LocalDate;

/**
 * A director's order (prikaz) in the register; every "appointed by order" in any module refers to one.
 *
 * @param id      record id
 * @param number  the order's number as written on it, e.g. "45-o"
 * @param date    the order's date
 * @param title   title, e.g. "On appointing the head of the support service"
 * @param subject what it appoints or approves, may be empty
 * @param version optimistic-lock version
 */
public record Order(long id, String number, LocalDate date, String title, String subject, long version) {
}
