package org.opora.platform.security.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextInputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.opora.platform.api.security.SignInBusyException;

/**
 * JAAS login module of the {@code opora} realm: checks the password against the platform's user store (handed
 * over in the options by {@link OporaRealm}) and puts Karaf's user and role principals into the subject.
 */
public class OporaLoginModule implements LoginModule {

    static final String AUTHENTICATOR = "org.opora.platform.security.authenticator";
    /** The prompt of the text callback through which the sign-in hands over the client's address. */
    public static final String CLIENT_ADDRESS = "client-address";
    static final String UNKNOWN_ADDRESS = "unknown";

    private Subject subject;
    private CallbackHandler handler;
    private Authenticator authenticator;
    private String username;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.handler = callbackHandler;
        this.authenticator = (Authenticator) options.get(AUTHENTICATOR);
    }

    @Override
    public boolean login() throws LoginException {
        if (authenticator == null) {
            throw new LoginException("The Opora user store is not available");
        }
        NameCallback name = new NameCallback("username");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            AuthResult result = authenticator.authenticate(name.getName(), secret, clientAddress());
            switch (result.status()) {
                case OK -> username = result.username();
                case LOCKED -> throw new AccountLockedException("locked until " + result.lockedUntil());
                case BUSY -> throw new SignInBusyException("Every password check is busy; try again");
                default -> throw new FailedLoginException("Wrong username or password");
            }
        } finally {
            password.clearPassword();
            java.util.Arrays.fill(secret, '\0');
        }
        principals.add(new UserPrincipal(username));
        authenticator.rolesOf(username).forEach(role -> principals.add(new RolePrincipal(role)));
        return true;
    }

    /**
     * The client's address, asked with a text callback named {@value #CLIENT_ADDRESS} that the intranet's sign-in
     * answers; a caller that does not know it (the shell) leaves {@code unknown}.
     */
    private String clientAddress() {
        TextInputCallback address = new TextInputCallback(CLIENT_ADDRESS, UNKNOWN_ADDRESS);
        try {
            handler.handle(new Callback[] {address});
        } catch (IOException | UnsupportedCallbackException e) {
            return UNKNOWN_ADDRESS;
        }
        String text = address.getText();
        return text == null || text.isBlank() ? UNKNOWN_ADDRESS : text;
    }

    @Override
    public boolean commit() {
        if (username == null) {
            return false;
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        username = null;
        return true;
    }
}
