package org.opora.platform.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA-256 (a standard KDF in every JDK), 16-byte random salt, 256-bit key. The stored form is
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the iteration count can be raised later without
 * invalidating existing passwords.
 */
final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    PasswordHasher(int iterations) {
        if (iterations < 10_000) {
            throw new IllegalArgumentException("at least 10000 PBKDF2 iterations");
        }
        this.iterations = iterations;
    }

    String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + '$' + iterations + '$' + b64(salt) + '$' + b64(derive(password, salt, iterations));
    }

    /** Whether the password matches the stored hash; constant time in the hash comparison. */
    boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int rounds = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, rounds));
    }

    /**
     * Whether a password stored in this form should be hashed again at the next successful sign-in: another
     * scheme, or fewer iterations than the installation asks for now.
     */
    boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the same time as a real check, so that unknown usernames cannot be told apart by timing. */
    void burn(char[] password) {
        derive(password, new byte[16], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
