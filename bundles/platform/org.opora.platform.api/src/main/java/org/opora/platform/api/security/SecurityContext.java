package org.opora.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in user of the request being served. Module services use it to check permissions and the audit
 * service to name the actor. Outside a user request (the shell, start-up, loaders, scheduled jobs) there is no
 * current user and the system acts. A user request in which nobody is signed in ({@link #anonymousRequest()}) is
 * neither: it holds no permission, and services refuse it.
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
