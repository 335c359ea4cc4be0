package org.opora.core.support;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permission checks of a module's services. A call made for a signed-in user is checked against their
 * permissions; the platform's own work (start-up, a demo loader, the shell, in-container tests) acts as the system
 * only when it says so ({@link SystemWork#run}). Any other call — a web request in which nobody is signed in, work
 * that named no principal — fails closed: it is refused ({@link AccessDeniedException}) before anything is read or
 * written. A module's DS component extends this class and hands it the platform's security
 * context, which it holds as an optional dynamic reference.
 */
@ConsumerType
public abstract class ModuleGuard {

    public static final String SYSTEM = "system";

    /** What a refusal of an anonymous request names as missing. */
    public static final String SIGNED_IN = "signed-in user";

    /** The platform's security context, or {@code null} while there is none. */
    protected abstract SecurityContext securityContext();

    /**
     * Runs work on this thread as the given person, without a session: a demo loader files a referral in a class
     * teacher's name or finalises a protocol as the secretary, so that the records and the journal name people, not
     * the system ({@link SystemWork#actingAs}).
     */
    public static <T> T actingAs(OporaUser user, Supplier<T> work) {
        return SystemWork.actingAs(user, work);
    }

    /**
     * The signed-in user (or the person a loader acts for), or empty when the system acts — explicitly, inside
     * {@link SystemWork#run}.
     *
     * @throws AccessDeniedException when the caller is neither: a web request in which nobody is signed in, or work
     *                               that named no principal
     */
    public Optional<OporaUser> user() {
        Optional<OporaUser> acting = SystemWork.actingUser();
        if (acting.isPresent()) {
            return acting;
        }
        SecurityContext ctx = securityContext();
        Optional<OporaUser> user = ctx == null ? Optional.empty() : ctx.currentUser();
        if (user.isPresent()) {
            return user;
        }
        if (ctx == null ? SystemWork.system() : ctx.system()) {
            return Optional.empty();
        }
        throw new AccessDeniedException(SIGNED_IN);
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
