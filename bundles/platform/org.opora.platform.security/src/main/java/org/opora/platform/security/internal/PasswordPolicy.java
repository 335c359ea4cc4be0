package org.opora.platform.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy, after current OWASP guidance: length first (at least {@code minLength}, up to
 * {@value #MAX_LENGTH}), no composition rules, and none of the passwords guessing tries first (the list in
 * {@code security/common-passwords.txt}, also with digits or punctuation appended), nor the username, nor a few
 * characters repeated. Failures are message keys of this bundle's i18n.
 */
final class PasswordPolicy {

    /** Long passphrases are welcome; beyond this the hash's input is pointlessly long. */
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private final int minLength;

    PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the bundle");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the password is on the list, or is a listed one with only digits and punctuation after it. */
    static boolean common(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return stem.length() >= 4 && COMMON.contains(stem);
    }

    /** Throws {@link IllegalArgumentException} with a message key if the password is not acceptable. */
    void check(String username, char[] password) {
        if (password == null || password.length < minLength) {
            throw new IllegalArgumentException("security.error.passwordTooShort");
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("security.error.passwordTooLong");
        }
        String pw = new String(password);
        if (pw.isBlank()) {
            throw new IllegalArgumentException("security.error.passwordTooSimple");
        }
        // no login (an invalid one is not passed on) is in no password: "" would be in every one
        if (!username.isEmpty() && pw.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("security.error.passwordContainsUsername");
        }
        if (pw.chars().distinct().count() < 4) {
            throw new IllegalArgumentException("security.error.passwordTooSimple");
        }
        if (common(pw)) {
            throw new IllegalArgumentException("security.error.passwordCommon");
        }
    }

    int minLength() {
        return minLength;
    }
}
