package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void locksOnTheFifthFailure() {
        assertNull(policy.lockAfterFailure(4, now));
        assertEquals(now.plus(Duration.ofMinutes(15)), policy.lockAfterFailure(5, now));
    }

    @Test
    void lockEndsAfterItsDuration() {
        Instant until = policy.lockAfterFailure(5, now);
        assertTrue(policy.isLocked(until, now.plusSeconds(60)));
        assertFalse(policy.isLocked(until, until));
        assertFalse(policy.isLocked(null, now));
    }

    @Test
    void anExpiredLockStartsTheCountAgain() {
        Instant until = policy.lockAfterFailure(5, now);
        assertEquals(5, policy.countingFailures(5, until, now.plusSeconds(60)));
        assertEquals(0, policy.countingFailures(5, until, until.plusSeconds(1)));
        assertEquals(3, policy.countingFailures(3, null, now));
    }
}
