package org.opora.platform.security.internal;

import java.util.Locale;
import java.util.Set;

import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.security.internal.store.RoleEntity;
import org.opora.platform.security.internal.store.UserEntity;

/** Converts private entities to the API's records, and checks account fields. */
final class Accounts {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private Accounts() {
    }

    static UserAccount toAccount(UserEntity u) {
        return new UserAccount(u.getUsername(), u.getDisplayName(), u.getEmail(), u.isEnabled(), Set.copyOf(u.getRoles()),
                u.getLockedUntil(), u.getLastLogin(), locale(u.getLocale()));
    }

    static Role toRole(RoleEntity r) {
        return new Role(r.getName(), r.getTitle(), Set.copyOf(r.getPermissions()));
    }

    static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(tag);
    }

    /** Throws {@link IllegalArgumentException} with a message key for invalid account fields. */
    static void checkFields(String username, String displayName, String email) {
        if (username == null || !username.matches(USERNAME)) {
            throw new IllegalArgumentException("security.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("security.error.displayName");
        }
        if (email != null && !email.isBlank() && !email.matches(EMAIL)) {
            throw new IllegalArgumentException("security.error.email");
        }
    }

    static void checkRoleName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,63}")) {
            throw new IllegalArgumentException("security.error.roleName");
        }
    }
}
