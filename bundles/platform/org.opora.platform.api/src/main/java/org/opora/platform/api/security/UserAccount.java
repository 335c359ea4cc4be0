package org.opora.platform.api.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A user account as administrators see it (never the password hash).
 *
 * @param username     login name
 * @param displayName  full name
 * @param email        e-mail address, may be empty
 * @param enabled      whether the account may sign in
 * @param roles        role names
 * @param lockedUntil  end of a lockout after repeated failed sign-ins, or null
 * @param lastLogin    time of the last successful sign-in, or null
 * @param locale       preferred UI language
 */
public record UserAccount(String username, String displayName, String email, boolean enabled, Set<String> roles,
        Instant lockedUntil, Instant lastLogin, Locale locale) {

    public UserAccount {
        roles = Set.copyOf(roles);
        email = email == null ? "" : email;
    }
}
