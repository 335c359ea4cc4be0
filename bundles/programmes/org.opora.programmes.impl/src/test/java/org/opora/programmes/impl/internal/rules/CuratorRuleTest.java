package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class CuratorRuleTest {

    @Test
    void approvalNeedsACurator() {
        ValidationException e = assertThrows(ValidationException.class, () -> new CuratorRule(true).require(null));
        assertEquals("programmes.rule.curator.required", e.messageKey());
        assertEquals("curatorId", e.field());
        assertDoesNotThrow(() -> new CuratorRule(true).require(7L));
    }

    @Test
    void theSchoolMaySwitchItOff() {
        assertTrue(new CuratorRule(false).check(null).isEmpty());
    }
}
