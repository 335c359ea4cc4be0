package org.opora.platform.api.security;

import java.util.Set;

/**
 * A role and the permissions it grants.
 *
 * @param name        stable name, e.g. {@code director}
 * @param title       human-readable title
 * @param permissions permission ids granted
 */
public record Role(String name, String title, Set<String> permissions) {

    public Role {
        permissions = Set.copyOf(permissions);
    }
}
