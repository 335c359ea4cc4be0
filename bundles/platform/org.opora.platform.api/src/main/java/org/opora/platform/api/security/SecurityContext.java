package org.opora.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who the current thread works for: the signed-in user of the request being served, a person a loader acts for
 * ({@link SystemWork#actingAs}), or the system ({@link SystemWork#run}) — the shell, start-up, loaders and scheduled
 * jobs name it explicitly. Module services use it to check permissions and the audit service to name the actor. A
 * thread with none of them (a web request in which nobody is signed in, work that named no principal) holds no
 * permission, and services refuse it.
 */
@ProviderType
public interface SecurityContext {

    Optional<OporaUser> currentUser();

    /**
     * Whether the current thread serves a user's request (the web) in which nobody is signed in. Such a caller is
     * never the system: services refuse it instead of acting with every permission.
     *
     * @since 1.2
     */
    default boolean anonymousRequest() {
        return false;
    }

    /**
     * Whether the current thread works as the system, explicitly ({@link SystemWork#run}): no user, and the work
     * named the system as its principal. The system holds every permission; a thread that is neither a user's nor
     * the system's is refused.
     *
     * @since 1.3
     */
    default boolean system() {
        return currentUser().isEmpty() && SystemWork.system();
    }

    /** The current user, or {@link AccessDeniedException} when nobody is signed in. */
    default OporaUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("signed-in user"));
    }

    /** The current user if they hold the permission; {@link AccessDeniedException} otherwise. */
    default OporaUser requirePermission(String permission) {
        OporaUser user = requireUser();
        if (!user.has(permission)) {
            throw new AccessDeniedException(permission);
        }
        return user;
    }
}
