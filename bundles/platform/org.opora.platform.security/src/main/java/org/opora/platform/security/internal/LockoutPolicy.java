package org.opora.platform.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account for a while after repeated failed sign-ins, which makes guessing passwords impractical.
 * Pure rule, no storage: the caller keeps the counter and the lock time on the account.
 */
final class LockoutPolicy {

    private final int maxFailures;
    private final Duration lockDuration;

    LockoutPolicy(int maxFailures, Duration lockDuration) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Failures that still count: a lock that has run out starts the count again. */
    int countingFailures(int failures, Instant lockedUntil, Instant now) {
        return lockedUntil != null && !isLocked(lockedUntil, now) ? 0 : failures;
    }

    /** The lock end after one more failure, or null if the account stays open. */
    Instant lockAfterFailure(int failuresIncludingThis, Instant now) {
        return failuresIncludingThis >= maxFailures ? now.plus(lockDuration) : null;
    }
}
