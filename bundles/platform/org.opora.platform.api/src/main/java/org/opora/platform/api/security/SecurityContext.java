package org.opora.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in user of the request being served. Module services use it to check permissions and the audit
 * service to name the actor; outside a user request (shell, scheduler) there is no current user.
 */
@ProviderType
public interface SecurityContext {

    Optional<OporaUser> currentUser();

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
