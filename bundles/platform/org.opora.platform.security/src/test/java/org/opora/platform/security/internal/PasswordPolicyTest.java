package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    private String refusal(String username, String password) {
        return assertThrows(IllegalArgumentException.class, () -> policy.check(username, password.toCharArray()))
                .getMessage();
    }

    @Test
    void lengthBoundary() {
        assertEquals("security.error.passwordTooShort", refusal("anna", "Abcdefgh9"));
        assertDoesNotThrow(() -> policy.check("anna", "Abcdefgh90".toCharArray()));
    }

    @Test
    void usernameInsidePasswordIsRefused() {
        assertEquals("security.error.passwordContainsUsername", refusal("volkova", "my-VOLKOVA-2026"));
    }

    @Test
    void repeatedCharactersAreTooSimple() {
        assertEquals("security.error.passwordTooSimple", refusal("anna", "aaaaaaaaaaaa1"));
    }
}
