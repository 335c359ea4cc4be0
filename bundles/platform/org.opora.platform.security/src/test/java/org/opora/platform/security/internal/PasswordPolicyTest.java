package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12);

    private String refusal(String username, String password) {
        return assertThrows(IllegalArgumentException.class, () -> policy.check(username, password.toCharArray()))
                .getMessage();
    }

    @Test
    void lengthBoundary() {
        assertEquals("security.error.passwordTooShort", refusal("anna", "Abcdefgh901"));
        assertDoesNotThrow(() -> policy.check("anna", "Abcdefgh9012".toCharArray()));
        assertDoesNotThrow(() -> policy.check("anna", "a".repeat(60).concat("bcd").repeat(2).toCharArray()));
        assertEquals("security.error.passwordTooLong", refusal("anna", "abcd".repeat(32) + "e"));
        // the message of a short password names the minimum: the views pass it as the parameter
        assertEquals(12, policy.minLength());
        assertEquals(16, new PasswordPolicy(16).minLength());
    }

    @Test
    void usernameInsidePasswordIsRefused() {
        assertEquals("security.error.passwordContainsUsername", refusal("volkova", "my-VOLKOVA-2026"));
    }

    @Test
    void repeatedCharactersAreTooSimple() {
        assertEquals("security.error.passwordTooSimple", refusal("anna", "aaaaaaaaaaaa1"));
    }

    @Test
    void passwordsGuessingTriesFirstAreRefusedAlsoWithDigitsAppendedAndInAnyCase() {
        assertEquals("security.error.passwordCommon", refusal("anna", "QwertyUiop12"));
        assertEquals("security.error.passwordCommon", refusal("anna", "1q2w3e4r5t6y"));
        assertEquals("security.error.passwordCommon", refusal("anna", "Password2026!"));
        assertEquals("security.error.passwordCommon", refusal("anna", "ЙЦУКЕНГШЩЗ12"));
        assertEquals("security.error.passwordCommon", refusal("anna", "Shkola123456"));
        // a listed word inside a longer passphrase is fine
        assertDoesNotThrow(() -> policy.check("anna", "password of the green heron".toCharArray()));
        assertDoesNotThrow(() -> policy.check("anna", "qwerty-sunrise-42".toCharArray()));
    }
}
