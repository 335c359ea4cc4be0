package org.opora.core.api.staff;

import java.time.LocalDate;

/**
 * The appointment of the head of the support service by a director's order (000 §1.4).
 *
 * @param id          record id
 * @param staffId     the head among the staff
 * @param staffName   the head's name
 * @param orderId     the order
 * @param orderNumber the order's number
 * @param orderDate   the order's date
 * @param from        first day in office
 * @param to          last day in office, or {@code null} while in office
 */
public record HeadAppointment(long id, long staffId, String staffName, long orderId, String orderNumber,
        LocalDate orderDate, LocalDate from, LocalDate to) {
}
