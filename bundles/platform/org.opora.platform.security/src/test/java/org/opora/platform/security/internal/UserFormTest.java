package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.platform.api.security.AccountRefused;
import org.opora.platform.api.security.UserAccount;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.TypedConfig;

/**
 * The user form (a new account and a changed one) fed bad values field by field — empty, too long, markup, another
 * alphabet, taken, unknown — each refused with its key, no account stored or changed; several refused together.
 */
class UserFormTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-security");

    private static final String PASSWORD = "green-heron-over-the-lake";

    private final FakeSecurityContext security = new FakeSecurityContext();
    private final RecordingAudit audit = new RecordingAudit(security);
    private UserStore store;

    @BeforeEach
    void anAccount() {
        PermissionChanges changes = new PermissionChanges();
        store = new UserStore(UNIT.emf(), audit, new PermissionCatalog(UNIT.emf(), changes, audit), changes,
                TypedConfig.of(SecurityConfig.class, Map.of("pbkdf2Iterations", 10_000)));
        store.securityContext = security;
        store.createUser("anna", "Anna Volkova", "anna@school.ru", PASSWORD.toCharArray(), Set.of());
    }

    private static String value(String v) {
        return switch (v) {
            case "LONG_LOGIN" -> "a".repeat(65);
            case "LONG_NAME" -> "я".repeat(201);
            case "LONG_EMAIL" -> "a".repeat(195) + "@school.ru";
            case "LONG_PASSWORD" -> "correct-horse-".repeat(10);
            default -> v;
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "username | ''                  | security.error.username",
        "username | ab                  | security.error.username",
        "username | LONG_LOGIN          | security.error.username",
        "username | <b>boss</b>         | security.error.username",
        "username | иванова             | security.error.username",
        "username | .anna               | security.error.username",
        "username | anna                | security.error.usernameTaken",
        "name     | ''                  | security.error.displayName",
        "name     | LONG_NAME           | security.error.displayName",
        "email    | office@             | security.error.email",
        "email    | <b>x</b>@school.ru  | security.error.email",
        "email    | LONG_EMAIL          | security.error.email",
        "roles    | astrologer          | security.error.noSuchRole",
        "password | ''                  | security.error.passwordTooShort",
        "password | short1              | security.error.passwordTooShort",
        "password | LONG_PASSWORD       | security.error.passwordTooLong",
        "password | aaaaaaaaaaaaaaaa    | security.error.passwordTooSimple",
        "password | password123456      | security.error.passwordCommon",
        "password | maria-petrova-2026  | security.error.passwordContainsUsername"})
    void aBadFieldOfANewAccountIsRefusedAndNothingIsStored(String field, String value, String key) {
        String v = value(value);
        int before = store.users().size();
        AccountRefused e = assertThrows(AccountRefused.class, () -> store.createUser(
                "username".equals(field) ? v : "maria-petrova", "name".equals(field) ? v : "Maria Petrova",
                "email".equals(field) ? v : "", ("password".equals(field) ? v : PASSWORD).toCharArray(),
                "roles".equals(field) ? Set.of(v) : Set.of()));
        assertEquals(List.of(key), e.keys());
        assertEquals(before, store.users().size());
    }

    @Test
    void everyObjectionOfANewAccountComesAtOnceTheTakenLoginAndTheUnknownRoleAmongThem() {
        int before = store.users().size();
        AccountRefused e = assertThrows(AccountRefused.class, () -> store.createUser("anna", " ",
                "<script>@x.ru", "short".toCharArray(), Set.of("astrologer")));
        assertEquals(List.of("security.error.usernameTaken", "security.error.displayName", "security.error.email",
                "security.error.noSuchRole", "security.error.passwordTooShort"), e.keys());
        assertEquals(before, store.users().size());
    }

    @Test
    void aChangedAccountIsRefusedWithEveryObjectionAndKeepsItsData() {
        AccountRefused e = assertThrows(AccountRefused.class, () -> store.updateUser("anna", "я".repeat(201),
                "a".repeat(200) + "@school.ru", true, Set.of()));
        assertEquals(List.of("security.error.displayName", "security.error.email"), e.keys());
        UserAccount kept = store.user("anna").orElseThrow();
        assertEquals(List.of("Anna Volkova", "anna@school.ru"), List.of(kept.displayName(), kept.email()));
    }
}
