package org.opora.platform.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opora.platform.api.security.AccountRefused;

import org.opora.platform.api.security.Role;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.security.internal.store.RoleEntity;
import org.opora.platform.security.internal.store.UserEntity;

/** Converts private entities to the API's records, and checks account fields. */
final class Accounts {

    private static final String USERNAME = org.opora.platform.api.security.UserAdministration.USERNAME;
    /** An address without spaces, markup or quotes: name@domain.tld. */
    private static final String EMAIL = "[^@\\s<>\"'();,]+@[^@\\s<>\"'();,]+\\.[^@\\s<>\"'();,]+";
    /** The column's length (USERS.EMAIL). */
    static final int EMAIL_LENGTH = 200;

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

    /** Throws {@link AccountRefused} with every message key of the invalid account fields. */
    static void checkFields(String username, String displayName, String email) {
        List<String> keys = problems(username, displayName, email);
        if (!keys.isEmpty()) {
            throw new AccountRefused(keys);
        }
    }

    /** The message keys of the invalid account fields, in the form's order; empty when all are fine. */
    static List<String> problems(String username, String displayName, String email) {
        List<String> keys = new ArrayList<>();
        if (!validUsername(username)) {
            keys.add("security.error.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            keys.add("security.error.displayName");
        }
        if (email != null && !email.isBlank() && (email.length() > EMAIL_LENGTH || !email.matches(EMAIL))) {
            keys.add("security.error.email");
        }
        return keys;
    }

    static boolean validUsername(String username) {
        return username != null && username.matches(USERNAME);
    }
}
