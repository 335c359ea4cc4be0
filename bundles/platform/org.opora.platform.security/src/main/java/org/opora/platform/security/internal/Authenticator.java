package org.opora.platform.security.internal;

/** Checks passwords for the JAAS login module; implemented by the user store. */
public interface Authenticator {

    /**
     * @param address the client's address as the server sees it (the throttle's key), {@code unknown} when the
     *                caller cannot tell
     */
    AuthResult authenticate(String username, char[] password, String address);

    /** Role names of an authenticated user, for the JAAS subject. */
    java.util.Set<String> rolesOf(String username);
}
