package org.opora.platform.security.internal;

import java.util.Locale;

/** What a new password must satisfy. Failures are message keys of this bundle's i18n. */
final class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    /** Throws {@link IllegalArgumentException} with a message key if the password is not acceptable. */
    void check(String username, char[] password) {
        if (password == null || password.length < minLength) {
            throw new IllegalArgumentException("security.error.passwordTooShort");
        }
        String pw = new String(password);
        if (pw.isBlank()) {
            throw new IllegalArgumentException("security.error.passwordTooSimple");
        }
        if (pw.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("security.error.passwordContainsUsername");
        }
        if (pw.chars().distinct().count() < 4) {
            throw new IllegalArgumentException("security.error.passwordTooSimple");
        }
    }

    int minLength() {
        return minLength;
    }
}
