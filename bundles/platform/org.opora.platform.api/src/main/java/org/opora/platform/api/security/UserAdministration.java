package org.opora.platform.api.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, roles and the role to permission mapping, stored in the platform database. Used by the administration
 * views, the {@code opora:*} shell commands and the sign-in. Every change is written to the audit journal.
 */
@ProviderType
public interface UserAdministration {

    List<UserAccount> users();

    Optional<UserAccount> user(String username);

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with a message key ({@code security.error.*}) for an invalid or taken
     *                                  username, a weak password or an unknown role
     */
    UserAccount createUser(String username, String displayName, String email, char[] password, Set<String> roles);

    UserAccount updateUser(String username, String displayName, String email, boolean enabled, Set<String> roles);

    void setPassword(String username, char[] password);

    /** Stores the UI language the user chose. */
    void setLocale(String username, Locale locale);

    /** Lifts a lockout after repeated failed sign-ins. */
    void unlock(String username);

    List<Role> roles();

    Role saveRole(String name, String title, Set<String> permissions);

    /** Every permission declared by the installed modules. */
    List<PermissionDefinition> permissions();

    /** The user with the permissions of their roles, for a session after a successful sign-in. */
    Optional<OporaUser> resolve(String username);
}
