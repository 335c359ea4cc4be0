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

    /**
     * The one rule of a login, for users and the staff records linked to them (added in 1.4): 3 to 64 characters,
     * lower-case Latin letters, digits, dot, hyphen and underscore, the first a letter or a digit.
     */
    String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    List<UserAccount> users();

    Optional<UserAccount> user(String username);

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException with a message key ({@code security.error.*}) for an invalid or taken
     *                                  username, a weak password or an unknown role
     */
    UserAccount createUser(String username, String displayName, String email, char[] password, Set<String> roles);

    /** Changes an account; disabling it ends its open sessions at once. */
    UserAccount updateUser(String username, String displayName, String email, boolean enabled, Set<String> roles);

    /**
     * Sets a password chosen by an administrator (or the shell): it is temporary — its owner must replace it at
     * the next sign-in — and every open session of the account ends at once.
     *
     * @throws IllegalArgumentException with a message key for a password the policy refuses
     */
    void setPassword(String username, char[] password);

    /**
     * The signed-in user replaces their own password, giving the current one; the new one is theirs (not
     * temporary), and their other open sessions end.
     *
     * @throws IllegalArgumentException {@code security.error.currentPassword} for a wrong current password, or the
     *                                  policy's message key for a refused new one
     */
    void changeOwnPassword(String username, char[] currentPassword, char[] newPassword);

    /** Whether the account's password was set by someone else and must be replaced at the next sign-in. */
    boolean passwordChangeRequired(String username);

    /**
     * The fewest characters a new password may have now, for the message of a refused short password
     * ({@code security.error.passwordTooShort} takes it as its parameter). Added in 1.4; the default is the platform
     * default, the real implementation reports the configured value.
     */
    default int minPasswordLength() {
        return 12;
    }

    /**
     * Marks the account's password as temporary (to be replaced at the next sign-in) or as the owner's. Accounts
     * created and passwords set by an administrator are temporary; the demo school keeps its printed passwords.
     */
    void setPasswordTemporary(String username, boolean temporary);

    /** Stores the UI language the user chose. */
    void setLocale(String username, Locale locale);

    /** Lifts a lockout after repeated failed sign-ins. */
    void unlock(String username);

    List<Role> roles();

    /**
     * Creates a role or replaces its title and permissions.
     *
     * @throws AccountRefused with every objection at once ({@code security.error.*}): a name that is not lower-case
     *         Latin letters, digits and hyphens (2 to 64), a title empty, longer than 200 characters or another
     *         role's, a permission no module declares (now or before) that the role does not hold — then nothing is
     *         stored
     */
    Role saveRole(String name, String title, Set<String> permissions);

    /** Every permission declared by the installed modules. */
    List<PermissionDefinition> permissions();

    /** The user with the permissions of their roles, for a session after a successful sign-in. */
    Optional<OporaUser> resolve(String username);
}
