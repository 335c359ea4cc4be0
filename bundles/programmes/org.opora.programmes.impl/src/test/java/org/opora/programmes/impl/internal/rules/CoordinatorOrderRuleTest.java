package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class CoordinatorOrderRuleTest {

    private final CoordinatorOrderRule rule = new CoordinatorOrderRule();

    @Test
    void aCoordinatorIsNamedWithTheOrderAppointingThem() {
        assertTrue(rule.check(7L, 45L).isEmpty());
        assertTrue(rule.check(null, null).isEmpty(), "no coordinator yet");
        ValidationException e = assertThrows(ValidationException.class, () -> rule.require(7L, null));
        assertEquals("programmes.rule.coordinatorOrder.missing", e.messageKey());
        assertEquals("coordinatorOrderId", e.field());
    }

    @Test
    void theAgreementNeedsTheCoordinatorAppointedByOrder() {
        rule.requireAppointed(7L, 45L);
        assertThrows(ValidationException.class, () -> rule.requireAppointed(null, null));
        assertThrows(ValidationException.class, () -> rule.requireAppointed(7L, null));
    }
}
