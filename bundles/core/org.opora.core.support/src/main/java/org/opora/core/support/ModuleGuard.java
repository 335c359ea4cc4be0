package org.opora.core.support;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permission checks of a module's services. A call made for a signed-in user is checked against their
 * permissions; a call outside any user request (start-up, a demo loader, the shell, in-container tests) acts as the
 * system, as everywhere on the platform. A call from a user request in which nobody is signed in fails closed: it is
 * refused ({@link AccessDeniedException}) before anything is read or written. A module's DS component extends this class and hands it the platform's security
 * context, which it holds as an optional dynamic reference.
 */
@ConsumerType
public abstract class ModuleGuard {

    public static final String SYSTEM = "system";

    /** What a refusal of an anonymous request names as missing. */
    public static final String SIGNED_IN = "signed-in user";

    /** Who a loader writes as on this thread, or nobody; shared by every module, as the thread is. */
    private static final ThreadLocal<OporaUser> ACTING = new ThreadLocal<>();

    /** The platform's security context, or {@code null} while there is none. */
    protected abstract SecurityContext securityContext();

    /**
     * Runs work on this thread as the given person, without a session: a demo loader files a referral in a class
     * teacher's name or finalises a protocol as the secretary, so that the records name people, not the system.
     */
    public static <T> T actingAs(OporaUser user, Supplier<T> work) {
        OporaUser before = ACTING.get();
        ACTING.set(user);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    /**
     * The signed-in user, or empty when the system acts.
     *
     * @throws AccessDeniedException in a user request in which nobody is signed in
     */
    public Optional<OporaUser> user() {
        OporaUser acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting);
        }
        SecurityContext ctx = securityContext();
        if (ctx == null) {
            return Optional.empty();
        }
        Optional<OporaUser> user = ctx.currentUser();
        if (user.isEmpty() && ctx.anonymousRequest()) {
            throw new AccessDeniedException(SIGNED_IN);
        }
        return user;
    }

    /** The login written in records and the journal, or {@code system}. */
    public String actor() {
        return user().map(OporaUser::username).orElse(SYSTEM);
    }

    /** The user's language; Russian for the system. */
    public Locale locale() {
        return user().map(OporaUser::locale).orElse(Locale.forLanguageTag("ru"));
    }

    /** Whether the current caller holds the permission (the system holds all). */
    public boolean allows(String permission) {
        return user().map(u -> u.has(permission)).orElse(true);
    }

    /** @throws AccessDeniedException when a signed-in user lacks the permission */
    public void require(String permission) {
        if (!allows(permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
