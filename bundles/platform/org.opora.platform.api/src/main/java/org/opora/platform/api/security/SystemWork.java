package org.opora.platform.api.security;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The platform's own work, outside any user's request — the shell, start-up, a loader, a scheduled job — done under
 * an explicit principal: the system, or a named person a loader acts for. A call that is neither made for a signed-in
 * user nor inside such work has no principal and is refused by the services ({@link AccessDeniedException}); the
 * absence of a user is never taken for the system.
 *
 * <pre>{@code
 * SystemWork.run("demo: consilium", () -> meetings.create(draft));   // as the system, journaled as "system"
 * SystemWork.actingAs(secretary, () -> protocols.finalise(id, v));   // in a person's name, journaled as them
 * }</pre>
 *
 * The principal belongs to the current thread only; work handed to another thread names its principal again.
 */
public final class SystemWork {

    private static final ThreadLocal<Principal> CURRENT = new ThreadLocal<>();

    private SystemWork() {
    }

    /** Runs the work as the system; {@code purpose} says what it is, for the log and the reader of the code. */
    public static void run(String purpose, Runnable work) {
        within(new Principal(purpose, null), () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #run(String, Runnable)}, with a result and the work's exceptions passed on. */
    public static <T> T call(String purpose, Callable<T> work) throws Exception {
        Principal before = CURRENT.get();
        CURRENT.set(new Principal(purpose, null));
        try {
            return work.call();
        } finally {
            restore(before);
        }
    }

    /**
     * Runs work in a person's name without a session: a loader files a referral as a class teacher or finalises a
     * protocol as the secretary, so that records and the journal name people, not the system. Their permissions
     * apply.
     */
    public static <T> T actingAs(OporaUser user, Supplier<T> work) {
        return within(new Principal("acting as " + user.username(), user), work);
    }

    /** Whether this thread works as the system (not as a person, see {@link #actingUser()}). */
    public static boolean system() {
        Principal p = CURRENT.get();
        return p != null && p.user() == null;
    }

    /** The person this thread acts for without a session, if any. */
    public static Optional<OporaUser> actingUser() {
        Principal p = CURRENT.get();
        return p == null ? Optional.empty() : Optional.ofNullable(p.user());
    }

    /** What this thread's work is, while it has an explicit principal. */
    public static Optional<String> purpose() {
        return Optional.ofNullable(CURRENT.get()).map(Principal::purpose);
    }

    private static <T> T within(Principal principal, Supplier<T> work) {
        Principal before = CURRENT.get();
        CURRENT.set(principal);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    private static void restore(Principal before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    private record Principal(String purpose, OporaUser user) {
    }
}
