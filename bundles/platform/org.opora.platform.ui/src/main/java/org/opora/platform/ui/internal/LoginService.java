package org.opora.platform.ui.internal;


import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.opora.platform.api.security.OporaUser;
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

    /** Why a sign-in was refused; each has a message in the UI. */
    public enum Refusal { BAD_CREDENTIALS, LOCKED, UNAVAILABLE }

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

    public OporaUser login(String username, char[] password) throws LoginRefused {
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
                    } else {
                        throw new UnsupportedCallbackException(c);
                    }
                }
            });
            context.login();
            subject = context.getSubject();
        } catch (AccountLockedException e) {
            throw new LoginRefused(Refusal.LOCKED, e);
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

    /** Stores the language the user chose. */
    public void rememberLocale(OporaUser user, java.util.Locale locale) {
        users.setLocale(user.username(), locale);
    }

}
