package org.opora.platform.security.internal;

import java.time.Instant;

/**
 * Outcome of a password check.
 *
 * @param status      what happened
 * @param username    the account's username when known
 * @param lockedUntil end of the lock for {@link Status#LOCKED}
 */
public record AuthResult(Status status, String username, Instant lockedUntil) {

    /**
     * OK, or why not: wrong name or password, the account locked, disabled, or the client address throttled
     * ({@link SignInThrottle}) — the person signing in is told the same for each of these; or {@code BUSY}: every
     * password check was taken by others for longer than a sign-in waits, nothing was checked and nothing counts as
     * a failure, and the person is told to try again.
     */
    public enum Status { OK, BAD_CREDENTIALS, LOCKED, DISABLED, THROTTLED, BUSY }

    public boolean ok() {
        return status == Status.OK;
    }
}
