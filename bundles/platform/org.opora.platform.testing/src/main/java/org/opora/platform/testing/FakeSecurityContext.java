package org.opora.platform.testing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * The signed-in user of a service test: the system (as if the test's work were the platform's own) until a test signs
 * somebody in with exactly the permissions the case needs.
 *
 * <pre>{@code
 * security.signIn("teacher", CorePermissions.PUPIL_READ);
 * assertThrows(AccessDeniedException.class, () -> pupils.create(draft));
 * }</pre>
 */
public final class FakeSecurityContext implements SecurityContext {

    private volatile OporaUser user;
    private volatile boolean anonymous;
    private volatile boolean nobody;

    /** A Russian-speaking user holding the permissions and no roles. */
    public static OporaUser user(String username, String... permissions) {
        return new OporaUser(username, username, Set.of(), Set.of(permissions), Locale.forLanguageTag("ru"));
    }

    /** Signs in a user holding the permissions; returns them. */
    public OporaUser signIn(String username, String... permissions) {
        return signIn(user(username, permissions));
    }

    public OporaUser signIn(OporaUser someone) {
        this.user = someone;
        this.anonymous = false;
        this.nobody = false;
        return someone;
    }

    /** Nobody signed in, the system's explicit work (as the platform's {@code SystemWork.run}): services act as it. */
    public void signOut() {
        this.user = null;
        this.anonymous = false;
        this.nobody = false;
    }

    /** A web request in which nobody is signed in: services refuse it. */
    public void anonymous() {
        this.user = null;
        this.anonymous = true;
        this.nobody = false;
    }

    /** Work that named no principal, neither a user's request nor the system's: services refuse it. */
    public void nobody() {
        this.user = null;
        this.anonymous = false;
        this.nobody = true;
    }

    @Override
    public boolean system() {
        return user == null && !anonymous && !nobody;
    }

    @Override
    public boolean anonymousRequest() {
        return anonymous;
    }

    @Override
    public Optional<OporaUser> currentUser() {
        return Optional.ofNullable(user);
    }
}
