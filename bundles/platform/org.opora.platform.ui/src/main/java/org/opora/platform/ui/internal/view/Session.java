package org.opora.platform.ui.internal.view;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.LoginService;
import org.opora.platform.ui.internal.SignedInSessions;

/** The signed-in user and the page to return to after sign-in, kept in the Vaadin session. */
final class Session {

    private static final String AFTER_LOGIN = "opora.afterLogin";
    /** The user signed in with a temporary password: nothing but its replacement until it is replaced. */
    private static final String REPLACE_PASSWORD = "opora.replacePassword";

    private Session() {
    }

    /** The signed-in user; empty without one, and for a session whose sign-in was ended (account disabled, …). */
    static Optional<OporaUser> user() {
        VaadinSession s = VaadinSession.getCurrent();
        return s == null || Boolean.TRUE.equals(s.getAttribute(SignedInSessions.ENDED)) ? Optional.empty()
                : Optional.ofNullable(s.getAttribute(OporaUser.class));
    }

    static void signIn(OporaUser user, int timeoutMinutes, boolean mustReplacePassword) {
        VaadinSession s = VaadinSession.getCurrent();
        s.setAttribute(OporaUser.class, user);
        s.setAttribute(SignedInSessions.ENDED, null);
        s.setAttribute(REPLACE_PASSWORD, mustReplacePassword ? Boolean.TRUE : null);
        s.setLocale(user.locale());
        s.getSession().setMaxInactiveInterval(timeoutMinutes * 60);
    }

    /**
     * Replaces the session's user by their current state in the database; signs the session out (empty) when the
     * account was disabled or deleted meanwhile.
     */
    static Optional<OporaUser> refresh(OporaUser user, LoginService login) {
        Optional<OporaUser> fresh = login.refresh(user);
        VaadinSession.getCurrent().setAttribute(OporaUser.class, fresh.orElse(null));
        return fresh;
    }

    static void setLocale(Locale locale) {
        VaadinSession s = VaadinSession.getCurrent();
        s.setLocale(locale);
        user().ifPresent(u -> s.setAttribute(OporaUser.class,
                new OporaUser(u.username(), u.displayName(), u.roles(), u.permissions(), locale)));
    }

    static void rememberTarget(String location) {
        VaadinSession.getCurrent().setAttribute(AFTER_LOGIN, location);
    }

    /** The page asked for before sign-in, once; home if none. */
    static String takeTarget() {
        VaadinSession s = VaadinSession.getCurrent();
        Object target = s.getAttribute(AFTER_LOGIN);
        s.setAttribute(AFTER_LOGIN, null);
        return target == null ? "" : target.toString();
    }

    /** Whether the user signed in with a temporary password that is not replaced yet. */
    static boolean mustReplacePassword() {
        VaadinSession s = VaadinSession.getCurrent();
        return s != null && Boolean.TRUE.equals(s.getAttribute(REPLACE_PASSWORD));
    }

    static void passwordReplaced() {
        VaadinSession.getCurrent().setAttribute(REPLACE_PASSWORD, null);
    }
}
