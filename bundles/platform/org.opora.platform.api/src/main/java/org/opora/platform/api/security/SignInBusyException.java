package org.opora.platform.api.security;

import javax.security.auth.login.LoginException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Thrown by the sign-in when every password check was taken by other people signing in for longer than the sign-in
 * waits (a morning burst): the password was not checked, so nothing counts against the account or the client's
 * address, and the person is told to try again in a few seconds rather than that the password was wrong.
 *
 * <pre>{@code
 * try {
 *     context.login();
 * } catch (SignInBusyException busy) {
 *     // "many people are signing in at once: try again in a few seconds"
 * }
 * }</pre>
 */
@ProviderType
public class SignInBusyException extends LoginException {
    private static final long serialVersionUID = 1L;

    public SignInBusyException(String message) {
        super(message);
    }
}
