package org.opora.patronage.impl.internal.rules;

import java.time.LocalDate;

import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/**
 * Curators are appointed by the director's order (003 sections 2.2 and 3.1): where the school requires it, an order
 * from the register is named, and a term never begins before the order's date.
 */
public final class CuratorOrderRule {

    private final boolean orderRequired;

    public CuratorOrderRule(boolean orderRequired) {
        this.orderRequired = orderRequired;
    }

    public boolean orderRequired() {
        return orderRequired;
    }

    /**
     * @param orderId   the order chosen, or {@code null}
     * @param orderDate the date of the order chosen, or {@code null} without one
     * @param from      the day the term begins (or ends, for a release)
     */
    public void check(Long orderId, LocalDate orderDate, LocalDate from) {
        if (orderRequired && orderId == null) {
            throw new ValidationException("orderId", "patronage.rule.orderRequired");
        }
        if (orderDate != null && from != null && from.isBefore(orderDate)) {
            throw new ValidationException("from", "patronage.rule.beforeOrder", FieldChecks.day(orderDate));
        }
    }
}
