package org.opora.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/** Thrown by a service when the current user lacks the permission an operation needs. */
@ProviderType
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        super("Permission required: " + permission);
        this.permission = permission;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }
}
