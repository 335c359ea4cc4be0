package org.opora.teachersupport.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.record.SupportStatus;

class LifecycleTest {

    @Test
    void theFirstWorkPutsAnOpenedRecordInProgressAndMoreWorkKeepsIt() {
        assertEquals(SupportStatus.IN_PROGRESS, Lifecycle.afterWork(SupportStatus.OPENED));
        assertEquals(SupportStatus.IN_PROGRESS, Lifecycle.afterWork(SupportStatus.IN_PROGRESS));
    }

    @Test
    void signingConcludesFromEitherEarlierState() {
        assertEquals(SupportStatus.CONCLUDED, Lifecycle.afterSigning(SupportStatus.IN_PROGRESS));
        assertEquals(SupportStatus.CONCLUDED, Lifecycle.afterSigning(SupportStatus.OPENED),
                "the conclusion also records why a support did not take place");
    }

    @Test
    void aConcludedRecordTakesNothingMore() {
        assertEquals("teachersupport.error.concluded",
                assertThrows(ValidationException.class, () -> Lifecycle.afterWork(SupportStatus.CONCLUDED))
                        .messageKey());
        assertEquals("teachersupport.error.concluded",
                assertThrows(ValidationException.class, () -> Lifecycle.afterSigning(SupportStatus.CONCLUDED))
                        .messageKey());
    }
}
