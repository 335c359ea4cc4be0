package org.opora.platform.security.internal;

/** Checks passwords for the JAAS login module; implemented by the user store. */
public interface Authenticator {

    AuthResult authenticate(String username, char[] password);

    /** Role names of an authenticated user, for the JAAS subject. */
    java.util.Set<String> rolesOf(String username);
}
