package org.opora.platform.security.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.platform.security.internal.store.KnownPermissionEntity;
import org.opora.platform.security.internal.store.RoleEntity;

/**
 * The checks of the role editor's form, every objection at once as {@code security.error.*} keys in the form's order:
 * the name (lower-case Latin letters, digits and hyphens, 2 to 64), the title (required, at most
 * {@value #TITLE_LENGTH} characters, not another role's title), the permissions (each declared by a module now or
 * before, or held by the role already — a module removed for a while does not take its grants away).
 */
final class RoleChecks {

    /** The longest title, as the configuration file's roles allow. */
    static final int TITLE_LENGTH = 200;

    private RoleChecks() {
    }

    static List<String> problems(EntityManager em, String name, String title, Set<String> permissions,
            Set<String> declared) {
        List<String> keys = new ArrayList<>();
        boolean validName = name != null && name.matches("[a-z][a-z0-9-]{1,63}");
        if (!validName) {
            keys.add("security.error.roleName");
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            keys.add("security.error.roleTitle");
        } else if (t.length() > TITLE_LENGTH) {
            keys.add("security.error.roleTitleTooLong");
        } else if (em.createNamedQuery("Role.all", RoleEntity.class).getResultList().stream()
                .anyMatch(r -> !r.getName().equals(name) && r.getTitle().strip().toLowerCase(Locale.ROOT)
                        .equals(t.toLowerCase(Locale.ROOT)))) {
            keys.add("security.error.roleTitleTaken");
        }
        RoleEntity role = validName ? em.find(RoleEntity.class, name) : null;
        Set<String> allowed = new HashSet<>(declared);
        if (role != null) {
            allowed.addAll(role.getPermissions());
        }
        if (permissions.stream().anyMatch(p -> p == null || !allowed.contains(p)
                && em.find(KnownPermissionEntity.class, p) == null)) {
            keys.add("security.error.unknownPermission");
        }
        return keys;
    }
}
