package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(10_000);

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String stored = hasher.hash("Correct-Horse-7".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$10000$"));
        assertTrue(hasher.matches("Correct-Horse-7".toCharArray(), stored));
        assertFalse(hasher.matches("correct-horse-7".toCharArray(), stored));
    }

    @Test
    void saltMakesEqualPasswordsHashDifferently() {
        assertNotEquals(hasher.hash("same-password".toCharArray()), hasher.hash("same-password".toCharArray()));
    }

    @Test
    void hashesOfAnotherWorkFactorStillVerify() {
        String old = new PasswordHasher(20_000).hash("Secret-pass-1".toCharArray());
        assertTrue(hasher.matches("Secret-pass-1".toCharArray(), old));
    }

    @Test
    void foreignOrBrokenHashesNeverMatch() {
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches("x".toCharArray(), "{SHA}abc"));
        assertFalse(hasher.matches("x".toCharArray(), "plain-text"));
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(1000));
    }

    @Test
    void aHashOfFewerIterationsThanAskedForNowOrOfAnotherSchemeIsRehashed() {
        assertFalse(hasher.needsRehash(new PasswordHasher(10_000).hash("Secret-pass-1".toCharArray())));
        assertTrue(new PasswordHasher(20_000).needsRehash(hasher.hash("Secret-pass-1".toCharArray())));
        assertTrue(hasher.needsRehash("md5$abc"));
        assertTrue(hasher.needsRehash("pbkdf2-sha256$many$a$b"));
        assertTrue(hasher.needsRehash(null));
    }
}
