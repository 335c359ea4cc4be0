package org.opora.patronage.api.team;

import java.time.LocalDate;

/**
 * One curator's term on a case.
 *
 * @param id           record id
 * @param caseId       the case
 * @param kind         internal (staff) or external
 * @param staffId      the staff member of an internal curator, {@code null} for an external one
 * @param name         the curator's full name
 * @param organisation the external curator's organisation; the position of an internal one
 * @param orderId      the director's order that appointed the curator (core register), or {@code null} where the
 *                     school does not require one
 * @param orderNumber  the order's number as written on it; empty without one
 * @param orderDate    the order's date, or {@code null} without one
 * @param from         the first day of the term
 * @param to           the last day, or {@code null} while the curator serves
 * @param endOrderNumber the number of the order that ended the term; empty while serving or without one
 * @param endOrderDate the date of that order, or {@code null}
 * @param endReason    why the term ended (replaced, released, case closed); empty while serving
 * @param version      optimistic-lock version
 */
public record Curator(long id, long caseId, CuratorKind kind, Long staffId, String name, String organisation,
        Long orderId, String orderNumber, LocalDate orderDate, LocalDate from, LocalDate to, String endOrderNumber,
        LocalDate endOrderDate, String endReason, long version) {

    /** Whether the curator serves on the day. */
    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
