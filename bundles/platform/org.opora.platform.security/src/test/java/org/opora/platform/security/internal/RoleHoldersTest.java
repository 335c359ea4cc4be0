package org.opora.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.TypedConfig;

/** The roles of approval chains read from the user store: titles, holders, and chains checked against the roles. */
class RoleHoldersTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-security");

    private final FakeSecurityContext security = new FakeSecurityContext();
    private RoleHolders roles;
    private UserStore store;

    @BeforeEach
    void rolesAndPeople() {
        RecordingAudit audit = new RecordingAudit(security);
        PermissionChanges changes = new PermissionChanges();
        store = new UserStore(UNIT.emf(), audit, new PermissionCatalog(UNIT.emf(), changes, audit), changes,
                TypedConfig.of(SecurityConfig.class, Map.of("pbkdf2Iterations", 10_000)));
        store.securityContext = security;
        store.saveRole("deputy", "Заместитель директора по УВР", Set.of());
        store.saveRole("director", "Директор", Set.of());
        store.createUser("petrova", "Петрова Анна Сергеевна", "", "silver-birch-in-the-park".toCharArray(),
                Set.of("deputy"));
        store.createUser("orlova", "Орлова Ирина Павловна", "", "golden-autumn-of-57".toCharArray(),
                Set.of("deputy", "director"));
        store.createUser("lebedev", "Лебедев Игорь", "", "quiet-river-at-dawn".toCharArray(), Set.of("deputy"));
        store.updateUser("lebedev", "Лебедев Игорь", "", false, Set.of("deputy"));
        roles = new RoleHolders(store);
    }

    @Test
    void aRoleHasItsTitleAndItsEnabledHoldersInAlphabeticalOrder() {
        assertTrue(roles.exists("deputy"));
        assertFalse(roles.exists("deptuy"));
        assertEquals("Заместитель директора по УВР", roles.title("deputy"));
        assertEquals("deptuy", roles.title("deptuy"), "an unknown role is named by its name");
        assertEquals(List.of("Орлова Ирина Павловна", "Петрова Анна Сергеевна"), roles.holders("deputy"),
                "the disabled account is left out");
        assertEquals(List.of(), roles.holders("deptuy"));
    }

    @Test
    void thePositionIsTheChainsOwnElseTheRolesTitleAndChainsAreCheckedAgainstTheRoles() {
        assertEquals("Директор", roles.position(new ChainStep(ChainStep.Kind.APPROVE, "director", "")));
        assertEquals("Директор школы", roles.position(ApprovalChain.of("approve: director = Директор школы")
                .approver()));
        assertTrue(roles.check(List.of("agree: deputy", "approve: director")).isEmpty());
        assertEquals(ApprovalChain.UNKNOWN_ROLE, roles.check(List.of("approve: principal")).orElseThrow()
                .reasonKey());
    }
}
