package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.persistence.TransactionTemplate;
import org.opora.platform.security.internal.AuthResult.Status;
import org.opora.platform.security.internal.store.UserEntity;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.TypedConfig;

/** The user store on the security unit in in-memory Derby: sign-in, its limits, and passwords set and changed. */
class UserStoreTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-security");

    private static final String PASSWORD = "green-heron-over-the-lake";
    private static final String ADDRESS = "10.0.0.5";

    private final FakeSecurityContext security = new FakeSecurityContext();
    private final RecordingAudit audit = new RecordingAudit(security);
    private UserStore store;

    private UserStore store(Map<String, Object> config) {
        PermissionChanges changes = new PermissionChanges();
        UserStore created = new UserStore(UNIT.emf(), audit, new PermissionCatalog(UNIT.emf(), changes, audit), changes,
                TypedConfig.of(SecurityConfig.class, config));
        created.securityContext = security;
        return created;
    }

    @BeforeEach
    void anAccount() {
        store = store(Map.of("pbkdf2Iterations", 10_000, "accountLockAttempts", 10));
        store.createUser("anna", "Anna Volkova", "", PASSWORD.toCharArray(), Set.of());
    }

    private String hash(String username) {
        return new TransactionTemplate(UNIT.emf()).read(em -> em.createNamedQuery("User.byName", UserEntity.class)
                .setParameter("name", username).getSingleResult().getPasswordHash());
    }

    @Test
    void everyObjectionToANewAccountIsReportedAtOnceAndNothingIsCreated() {
        int before = store.users().size();
        org.opora.platform.api.security.AccountRefused refused = assertThrows(
                org.opora.platform.api.security.AccountRefused.class,
                () -> store.createUser("", " ", "not-an-address", new char[0], Set.of()));
        assertEquals(List.of("security.error.username", "security.error.displayName", "security.error.email",
                "security.error.passwordTooShort"), refused.keys());
        assertEquals("security.error.username", refused.getMessage());
        assertEquals(before, store.users().size());
    }

    @Test
    void anAccountCreatedOrAPasswordSetByAnAdministratorIsTemporaryUntilItsOwnerChangesIt() {
        assertTrue(store.passwordChangeRequired("anna"));
        store.changeOwnPassword("anna", PASSWORD.toCharArray(), "a-new-phrase-of-her-own".toCharArray());
        assertFalse(store.passwordChangeRequired("anna"));
        assertEquals(Status.OK, store.authenticate("anna", "a-new-phrase-of-her-own".toCharArray(), ADDRESS).status());
        store.setPassword("anna", "reset-by-the-admin-42".toCharArray());
        assertTrue(store.passwordChangeRequired("anna"));
        store.setPasswordTemporary("anna", false);
        assertFalse(store.passwordChangeRequired("anna"));
    }

    @Test
    void theOwnChangeNeedsTheCurrentPasswordAndARefusalIsJournaled() {
        assertEquals("security.error.currentPassword", assertThrows(IllegalArgumentException.class,
                () -> store.changeOwnPassword("anna", "not-her-password".toCharArray(),
                        "a-new-phrase-of-her-own".toCharArray())).getMessage());
        assertEquals(AuditAction.REFUSED, audit.last().action());
        assertEquals("security.error.passwordCommon", assertThrows(IllegalArgumentException.class,
                () -> store.changeOwnPassword("anna", PASSWORD.toCharArray(), "Password2026!".toCharArray()))
                .getMessage());
        assertEquals(Status.OK, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status(), "unchanged");
    }

    @Test
    void aSignedInUserChangesOnlyTheirOwnPassword() {
        security.signIn("teacher");
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> store.changeOwnPassword("anna", PASSWORD.toCharArray(), "a-new-phrase-of-her-own".toCharArray()));
    }

    @Test
    void aWebRequestWithoutAUserChangesNoAccountAndNoPassword() {
        security.anonymous();
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> store.changeOwnPassword("anna", PASSWORD.toCharArray(), "a-new-phrase-of-her-own".toCharArray()));
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> store.setPassword("anna", "a-new-phrase-of-her-own".toCharArray()));
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> store.saveRole("intruder", "Intruder", Set.of()));
        security.signOut();
        assertTrue(store.passwordChangeRequired("anna"), "nothing was changed");
    }

    @Test
    void aPasswordHashedWithFewerIterationsIsHashedAgainAtTheNextSignIn() {
        String before = hash("anna");
        UserStore stronger = store(Map.of("pbkdf2Iterations", 20_000));
        assertEquals(Status.OK, stronger.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status());
        String after = hash("anna");
        assertTrue(before.startsWith("pbkdf2-sha256$10000$"), before);
        assertTrue(after.startsWith("pbkdf2-sha256$20000$"), after);
        assertEquals(Status.OK, stronger.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status());
    }

    @Test
    void fiveFailuresFromOneAddressCloseThatAddressWithoutAPasswordCheckWhileAnotherSignsIn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Status.BAD_CREDENTIALS, store.authenticate("anna", "wrong".toCharArray(), "10.6.6.6")
                    .status());
        }
        assertEquals(Status.THROTTLED, store.authenticate("anna", PASSWORD.toCharArray(), "10.6.6.6").status());
        assertEquals(Status.OK, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status(),
                "a stranger cannot lock her out");
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED
                && e.summary().equals("THROTTLED from 10.6.6.6")), audit.entries().toString());
    }

    @Test
    void aSignInThatFindsEveryCheckBusyIsToldSoAndCountsAgainstNobody() throws Exception {
        int permits = store.checking.availablePermits();
        store.checking.acquire(permits); // a burst of other people signing in holds every check
        store.checkWait = java.time.Duration.ofMillis(20);
        try {
            for (int i = 0; i < 30; i++) { // more than the limits of the pair, the address and the account
                assertEquals(Status.BUSY, store.authenticate("anna", PASSWORD.toCharArray(), "10.9.9.9").status());
            }
        } finally {
            store.checking.release(permits);
        }
        assertEquals(Status.OK, store.authenticate("anna", PASSWORD.toCharArray(), "10.9.9.9").status(),
                "neither the school's address nor the account was closed by sign-ins that were never checked");
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED
                && e.summary().equals("BUSY from 10.9.9.9")), audit.entries().toString());
    }

    @Test
    void aPasswordSetWhileEveryDerivationIsBusyIsRefusedAndChangesNothing() throws Exception {
        int permits = store.checking.availablePermits();
        store.checking.acquire(permits); // the first lesson's sign-ins hold every derivation
        store.checkWait = java.time.Duration.ofMillis(20);
        try {
            IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                    () -> store.changeOwnPassword("anna", PASSWORD.toCharArray(), "a-new-phrase-of-her-own".toCharArray()));
            assertEquals("security.error.derivationsBusy", own.getMessage());
            IllegalArgumentException set = assertThrows(IllegalArgumentException.class,
                    () -> store.setPassword("anna", "a-phrase-the-admin-chose".toCharArray()));
            assertEquals("security.error.derivationsBusy", set.getMessage());
        } finally {
            store.checking.release(permits);
        }
        assertEquals(Status.OK, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status(),
                "neither refused change replaced the password");
    }

    @Test
    void guessingFromManyAddressesLocksTheAccountAfterAccountLockAttempts() {
        for (int i = 0; i < 9; i++) {
            assertEquals(Status.BAD_CREDENTIALS, store.authenticate("anna", "wrong".toCharArray(), "10.7.0." + i)
                    .status());
        }
        assertEquals(Status.LOCKED, store.authenticate("anna", "wrong".toCharArray(), "10.7.1.0").status());
        assertEquals(Status.LOCKED, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status());
        store.unlock("anna");
        assertEquals(Status.OK, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status());
    }

    @Test
    void aModulesDefaultGrantToARoleIsJournaled() {
        store.saveRole("specialist", "Specialist", Set.of());
        PermissionChanges changes = new PermissionChanges();
        new PermissionCatalog(UNIT.emf(), changes, audit).grantDefaults(List.of(new PermissionDefinition(
                "itest.read", "itest.permission.read", Set.of("specialist", "no-such-role"))));
        assertTrue(audit.entries().stream().anyMatch(e -> e.action() == AuditAction.ADMIN
                && e.recordId().equals("specialist") && e.summary().equals("granted by default: itest.read")),
                audit.entries().toString());
        assertTrue(store.roles().stream().filter(r -> r.name().equals("specialist")).findFirst().orElseThrow()
                .permissions().contains("itest.read"));
    }

    @Test
    void anUnknownNameAndADisabledAccountAreRefused() {
        assertEquals(Status.BAD_CREDENTIALS, store.authenticate("nobody", PASSWORD.toCharArray(), ADDRESS).status());
        store.updateUser("anna", "Anna Volkova", "", false, Set.of());
        assertEquals(Status.DISABLED, store.authenticate("anna", PASSWORD.toCharArray(), ADDRESS).status());
    }

    @Test
    void simultaneousWrongPasswordsOfOneAccountAreEachCounted() throws Exception {
        int guesses = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            List<java.util.concurrent.Future<Status>> results = new java.util.ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String from = "10.8.0." + i;
                results.add(pool.submit(() -> store.authenticate("anna", "wrong".toCharArray(), from).status()));
            }
            for (java.util.concurrent.Future<Status> r : results) {
                assertEquals(Status.BAD_CREDENTIALS, r.get());
            }
        } finally {
            pool.shutdown();
        }
        int failed = new TransactionTemplate(UNIT.emf()).read(em -> em.createNamedQuery("User.byName",
                UserEntity.class).setParameter("name", "anna").getSingleResult().getFailedAttempts());
        assertEquals(guesses, failed);
    }
}
