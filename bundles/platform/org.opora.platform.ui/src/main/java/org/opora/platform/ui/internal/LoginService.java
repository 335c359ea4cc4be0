package org.opora.platform.ui.internal;


import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextInputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SignInBusyException;
import org.opora.platform.api.security.UserAdministration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signs a person in through the JAAS realm {@value #REALM}, so that the UI never sees how passwords are checked
 * (database today, LDAP tomorrow), then resolves their permissions.
 */
@Component(service = LoginService.class)
public class LoginService {

    static final String REALM = "opora";

    /**
     * Why a sign-in was refused, as the person signing in is told: one answer for a wrong name, a wrong password, a
     * locked or disabled account and a throttled address (which account exists is nobody's business), another when
     * the account service is down, and a third when every password check was busy with other people signing in
     * (nothing was checked; try again).
     */
    public enum Refusal { BAD_CREDENTIALS, UNAVAILABLE, BUSY }

    /** The prompt of the text callback through which the realm asks for the client's address. */
    static final String CLIENT_ADDRESS = "client-address";

    /** Thrown for a refused sign-in. */
    public static final class LoginRefused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        LoginRefused(Refusal refusal, Throwable cause) {
            super(refusal.name(), cause);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final UserAdministration users;

    @Activate
    public LoginService(@Reference UserAdministration users) {
        this.users = users;
    }

    /** The fewest characters a new password may have, for the message that refuses a shorter one. */
    public int minPasswordLength() {
        return users.minPasswordLength();
    }

    /**
     * Signs the person in.
     *
     * @param address the client's address as the server sees it: sign-in failures are limited per address
     */
    public OporaUser login(String username, char[] password, String address) throws LoginRefused {
        String name = username == null ? "" : username;
        Subject subject;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's proxy module through the context class loader
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(REALM, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(name);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else if (c instanceof TextInputCallback t && CLIENT_ADDRESS.equals(t.getPrompt())) {
                        t.setText(address);
                    } else {
                        throw new UnsupportedCallbackException(c);
                    }
                }
            });
            context.login();
            subject = context.getSubject();
        } catch (SignInBusyException e) {
            throw new LoginRefused(Refusal.BUSY, e);
        } catch (LoginException e) {
            throw new LoginRefused(e.getMessage() != null && e.getMessage().contains("No LoginModules configured")
                    ? Refusal.UNAVAILABLE : Refusal.BAD_CREDENTIALS, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        // the realm decides the canonical username (trimmed, lower case): take it from the subject
        return subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(UserPrincipal::getName)
                .flatMap(users::resolve).orElseThrow(() -> new LoginRefused(Refusal.BAD_CREDENTIALS, null));
    }

    /**
     * The user as the database has them now: roles and permissions changed by an administrator apply at the next
     * page, and a disabled or deleted account is empty. The language chosen in this session is kept.
     */
    public java.util.Optional<OporaUser> refresh(OporaUser user) {
        return users.resolve(user.username()).map(fresh -> new OporaUser(fresh.username(), fresh.displayName(),
                fresh.roles(), fresh.permissions(), user.locale()));
    }

    /** Whether the user's password was set by someone else and must be replaced before anything else. */
    public boolean passwordChangeRequired(OporaUser user) {
        return users.passwordChangeRequired(user.username());
    }

    /**
     * The user replaces their own password.
     *
     * @throws IllegalArgumentException with a {@code security.error.*} key: a wrong current password, a refused new
     *                                  one
     */
    public void changeOwnPassword(OporaUser user, char[] currentPassword, char[] newPassword) {
        users.changeOwnPassword(user.username(), currentPassword, newPassword);
    }

    /** Stores the language the user chose. */
    public void rememberLocale(OporaUser user, java.util.Locale locale) {
        users.setLocale(user.username(), locale);
    }

}
