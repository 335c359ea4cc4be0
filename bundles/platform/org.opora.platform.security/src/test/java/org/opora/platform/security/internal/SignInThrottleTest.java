package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15));

    @Test
    void fiveFailuresCloseTheAccountForThatAddressOnlyAndTheDirectorStillSignsInFromHerOwn() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.66", "director", T.plusSeconds(i));
        }
        assertTrue(throttle.allowed("10.0.0.66", "director", T.plusSeconds(10)), "four failures: still open");
        throttle.failed("10.0.0.66", "director", T.plusSeconds(5));
        assertFalse(throttle.allowed("10.0.0.66", "director", T.plusSeconds(10)));
        assertTrue(throttle.allowed("10.0.0.10", "director", T.plusSeconds(10)), "from her own computer");
        assertTrue(throttle.allowed("10.0.0.66", "teacher", T.plusSeconds(10)), "another account from that address");
        assertFalse(throttle.allowed("10.0.0.66", "DIRECTOR", T.plusSeconds(10)), "the name in any case");
    }

    @Test
    void theClosedPairOpensWhenItsOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.66", "director", T.plusSeconds(i));
        }
        assertFalse(throttle.allowed("10.0.0.66", "director", T.plus(Duration.ofMinutes(15))));
        assertTrue(throttle.allowed("10.0.0.66", "director", T.plus(Duration.ofMinutes(15)).plusSeconds(1)));
    }

    @Test
    void twentyFailuresFromOneAddressOverManyNamesCloseTheAddress() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("10.0.0.66", "user" + i, T.plusSeconds(i));
        }
        assertTrue(throttle.allowed("10.0.0.66", "someone", T.plusSeconds(30)));
        throttle.failed("10.0.0.66", "user19", T.plusSeconds(19));
        assertFalse(throttle.allowed("10.0.0.66", "someone", T.plusSeconds(30)), "any name from that address");
        assertTrue(throttle.allowed("10.0.0.67", "someone", T.plusSeconds(30)));
    }

    @Test
    void aSuccessForgetsThePairsFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.5", "anna", T.plusSeconds(i));
        }
        throttle.succeeded("10.0.0.5", "anna");
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.5", "anna", T.plusSeconds(10 + i));
        }
        assertTrue(throttle.allowed("10.0.0.5", "anna", T.plusSeconds(20)), "four since the success");
    }

    @Test
    void theMemoryIsBoundedWhateverAStrangerSends() {
        for (int i = 0; i < SignInThrottle.MAX_KEYS * 2; i++) {
            throttle.failed("10.1." + (i / 250) + "." + (i % 250), "x", T);
        }
        assertTrue(throttle.allowed("10.9.9.9", "x", T));
    }
}
