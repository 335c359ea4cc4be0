package org.opora.platform.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares, e.g. {@code core.pupil.read}.
 *
 * @param id           stable identifier, namespaced by module ({@code <module>.<object>.<action>})
 * @param titleKey     i18n key of the human-readable title shown in the roles editor
 * @param defaultRoles roles that receive the permission the first time it appears in an installation; an
 *                     administrator may change the mapping afterwards and it is never re-granted behind their back
 */
public record PermissionDefinition(String id, String titleKey, Set<String> defaultRoles) {

    public PermissionDefinition {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("permission id must be dotted lower case: " + id);
        }
        titleKey = titleKey == null ? id : titleKey;
        defaultRoles = defaultRoles == null ? Set.of() : Set.copyOf(defaultRoles);
    }

    public static PermissionDefinition of(String id, String titleKey, String... defaultRoles) {
        return new PermissionDefinition(id, titleKey, Set.of(defaultRoles));
    }
}
