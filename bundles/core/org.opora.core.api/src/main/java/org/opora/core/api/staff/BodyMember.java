package org.opora.core.api.staff;

import java.time.LocalDate;

/**
 * A staff member's membership of a functional body (the consilium PPk, the prevention council, a service) over a period.
 *
 * @param id          record id
 * @param body        body code from the configured list
 * @param staffId     the member among the staff
 * @param staffName   the member's name
 * @param role        role code in the body (chair, deputy, secretary, member)
 * @param from        first day of membership
 * @param to          last day, or {@code null} while a member
 * @param orderId     the order that appointed the member, or {@code null}
 * @param orderNumber the order's number; empty without an order
 * @param orderDate   the order's date, or {@code null}
 */
public record BodyMember(long id, String body, long staffId, String staffName, String role, LocalDate from,
        LocalDate to, Long orderId, String orderNumber, LocalDate orderDate) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
