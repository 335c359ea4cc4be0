package org.opora.patronage.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class CuratorOrderRuleTest {

    private static final LocalDate ORDER_DAY = LocalDate.of(2026, 9, 1);

    @Test
    void anOrderIsRequiredWhereTheSchoolSaysSo() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CuratorOrderRule(true).check(null, null, ORDER_DAY));
        assertEquals("orderId", e.field());
        assertEquals("patronage.rule.orderRequired", e.messageKey());
        assertDoesNotThrow(() -> new CuratorOrderRule(false).check(null, null, ORDER_DAY));
    }

    @Test
    void theTermStartsOnTheOrdersDayAtTheEarliest() {
        CuratorOrderRule rule = new CuratorOrderRule(true);
        assertDoesNotThrow(() -> rule.check(1L, ORDER_DAY, ORDER_DAY));
        assertDoesNotThrow(() -> rule.check(1L, ORDER_DAY, ORDER_DAY.plusDays(1)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.check(1L, ORDER_DAY, ORDER_DAY.minusDays(1)));
        assertEquals("from", e.field());
        assertEquals("patronage.rule.beforeOrder", e.messageKey());
    }

    @Test
    void anOrderGivenWhereNoneIsRequiredIsStillChecked() {
        assertThrows(ValidationException.class,
                () -> new CuratorOrderRule(false).check(1L, ORDER_DAY, ORDER_DAY.minusDays(1)));
    }
}
