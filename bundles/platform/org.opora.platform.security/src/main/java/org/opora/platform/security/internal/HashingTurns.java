package org.opora.platform.security.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the password derivations (PBKDF2, a few hundred milliseconds of one core each) running at once, so that a
 * burst of sign-ins at the first lesson cannot take every core from the pages of the users already signed in: at
 * most one fewer than the processors, and at least one, derive at once; the others wait their turn, fairly, for at
 * most a given time. A caller waits here holding nothing that others need: no database connection, no row lock.
 *
 * <p>Example: on 2 cores one sign-in hashes while a second waits, and the other core serves every other request;
 * on 8 cores seven sign-ins hash at once.
 */
final class HashingTurns {

    private final Semaphore turns;

    /** @param turns the turns, {@link #permitsFor} permits, fair */
    HashingTurns(Semaphore turns) {
        this.turns = turns;
    }

    /** The derivations allowed at once on a machine of this many processors: one fewer, at least one. */
    static int permitsFor(int processors) {
        return Math.max(1, processors - 1);
    }

    /** The derivation's result, or empty if no turn came within the wait (or the thread was interrupted). */
    <T> Optional<T> inTurn(Duration wait, Supplier<T> derivation) {
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(derivation.get());
        } finally {
            turns.release();
        }
    }

    /** Turns free now (for tests and diagnostics). */
    int free() {
        return turns.availablePermits();
    }
}
