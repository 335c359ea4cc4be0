package org.opora.platform.api.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A signed-in person as the platform sees them.
 *
 * @param username    the login name
 * @param displayName full name shown in the top bar and the audit journal
 * @param roles       role names held
 * @param permissions permissions granted through those roles
 * @param locale      preferred UI language
 */
public record OporaUser(String username, String displayName, Set<String> roles, Set<String> permissions,
        Locale locale) {

    public OporaUser {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        locale = locale == null ? Locale.forLanguageTag("ru") : locale;
    }

    /** Whether the user holds the permission; an empty or null permission means "any signed-in user". */
    public boolean has(String permission) {
        return permission == null || permission.isEmpty() || permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
