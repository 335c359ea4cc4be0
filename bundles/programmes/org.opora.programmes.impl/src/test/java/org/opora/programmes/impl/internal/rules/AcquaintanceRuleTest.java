package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.programmes.api.plan.Acquaintance;

class AcquaintanceRuleTest {

    private final AcquaintanceRule rule = new AcquaintanceRule();

    private static Acquaintance with(boolean programme, boolean curriculum, boolean procedure) {
        return new Acquaintance(LocalDate.of(2026, 9, 10), "Petrova Maria", programme, curriculum, procedure, "");
    }

    @Test
    void somethingTickedMayBeRecorded() {
        assertTrue(rule.checkRecord(with(false, true, false)).isEmpty());
        ValidationException e = assertThrows(ValidationException.class,
                () -> rule.requireRecord(with(false, false, false)));
        assertEquals("programmes.rule.acquaintance.nothing", e.messageKey());
        assertEquals("acquaintance", e.field());
    }

    @Test
    void theDiscussionNeedsTheAcquaintanceWithAllThree() {
        assertEquals("programmes.rule.acquaintance.missing", assertThrows(ValidationException.class,
                () -> rule.requireDiscussion(null)).messageKey());
        assertEquals("programmes.rule.acquaintance.incomplete", assertThrows(ValidationException.class,
                () -> rule.requireDiscussion(with(true, true, false))).messageKey());
        assertTrue(rule.checkDiscussion(with(true, true, true)).isEmpty());
    }
}
