package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.security.SystemWork;
import org.opora.platform.testing.FakeSecurityContext;

class ModuleGuardTest {

    private final FakeSecurityContext security = new FakeSecurityContext();

    /** A module's guard as DS would build it, with the platform's security context present. */
    private final ModuleGuard guard = new ModuleGuard() {
        @Override
        protected SecurityContext securityContext() {
            return security;
        }
    };

    /** A module's guard while the platform has no security context (start-up, the shell). */
    private final ModuleGuard withoutContext = new ModuleGuard() {
        @Override
        protected SecurityContext securityContext() {
            return null;
        }
    };

    @Test
    void theSystemActsWhenTheWorkSaysSoAndMayDoAnything() throws Exception {
        assertEquals(Optional.empty(), guard.user());
        assertEquals("system", guard.actor());
        assertEquals("system", SystemWork.call("shell", withoutContext::actor));
        assertTrue(guard.allows("core.pupil.edit"));
        SystemWork.run("loader", () -> assertDoesNotThrow(() -> withoutContext.require("core.pupil.edit")));
        assertEquals(Locale.forLanguageTag("ru"), guard.locale());
    }

    @Test
    void workWithoutAPrincipalIsRefusedNotTheSystem() throws Exception {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, withoutContext::user);
        assertEquals(ModuleGuard.SIGNED_IN, e.permission());
        assertThrows(AccessDeniedException.class, () -> withoutContext.require("core.pupil.read"));
        security.nobody();
        assertThrows(AccessDeniedException.class, guard::actor);
        assertThrows(AccessDeniedException.class, () -> guard.allows("core.pupil.read"));
        assertEquals("refused", SystemWork.call("job", () -> CompletableFuture.supplyAsync(() -> {
            try {
                return withoutContext.actor();
            } catch (AccessDeniedException refused) {
                return "refused";
            }
        }).join()), "the principal belongs to its thread: work handed on names its own");
    }

    @Test
    void aSignedInUserIsCheckedAgainstTheirPermissions() {
        security.signIn(new OporaUser("smith", "Smith", java.util.Set.of(), java.util.Set.of("core.pupil.read"),
                Locale.ENGLISH));

        assertEquals("smith", guard.actor());
        assertEquals(Locale.ENGLISH, guard.locale());
        assertTrue(guard.allows("core.pupil.read"));
        assertFalse(guard.allows("core.pupil.edit"));
        assertDoesNotThrow(() -> guard.require("core.pupil.read"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> guard.require("core.pupil.edit"));
        assertEquals("core.pupil.edit", e.permission());
    }

    @Test
    void aWebRequestWithoutAUserIsRefusedNotTheSystem() {
        security.anonymous();

        AccessDeniedException e = assertThrows(AccessDeniedException.class, guard::user);
        assertEquals(ModuleGuard.SIGNED_IN, e.permission());
        assertThrows(AccessDeniedException.class, () -> guard.allows("core.pupil.read"));
        assertThrows(AccessDeniedException.class, () -> guard.require("core.pupil.read"));
        assertThrows(AccessDeniedException.class, guard::actor);
        assertEquals("secretary", ModuleGuard.actingAs(FakeSecurityContext.user("secretary"), guard::actor),
                "a loader acting as a person is not the anonymous request");
        security.signOut();
        assertEquals("system", guard.actor(), "the system's explicit work acts as the system");
    }

    @Test
    void aLoaderActsAsAPersonOnItsThreadOnly() throws Exception {
        OporaUser secretary = FakeSecurityContext.user("secretary", "consilium.protocol.edit");

        String inside = ModuleGuard.actingAs(secretary, () -> {
            assertFalse(guard.allows("core.pupil.edit"), "the person's permissions apply, not the system's");
            return guard.actor() + "/" + withoutContext.actor();
        });

        assertEquals("secretary/secretary", inside, "every module's guard sees the person on the thread");
        assertEquals("system", guard.actor(), "the person is gone after the work");
        String otherThread = ModuleGuard.actingAs(secretary,
                () -> CompletableFuture.supplyAsync(guard::actor).join());
        assertEquals("system", otherThread);
    }

    @Test
    void actingAsNestsAndWinsOverTheSignedInUser() {
        security.signIn("director", "core.school.manage");
        OporaUser teacher = FakeSecurityContext.user("teacher");
        OporaUser secretary = FakeSecurityContext.user("secretary");

        String seen = ModuleGuard.actingAs(teacher, () -> guard.actor() + ","
                + ModuleGuard.actingAs(secretary, guard::actor) + "," + guard.actor());

        assertEquals("teacher,secretary,teacher", seen);
        assertEquals("director", guard.actor());
    }

    @Test
    void actingAsEndsEvenWhenTheWorkFails() {
        OporaUser teacher = FakeSecurityContext.user("teacher");
        assertThrows(IllegalStateException.class, () -> ModuleGuard.actingAs(teacher, () -> {
            throw new IllegalStateException("seed refused");
        }));
        assertEquals("system", guard.actor());
    }
}
