package org.opora.platform.admin.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.FeatureState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;

class ModuleOperationsTest {

    private final FakeKaraf karaf = new FakeKaraf().with("opora-consilium", "0.1.0", FeatureState.Uninstalled);
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final AuditService audit = new AuditService() {
        @Override
        public void record(AuditEvent event) {
            record("?", event);
        }

        @Override
        public void record(String actor, AuditEvent event) {
            journal.add(actor + " " + event.action() + " " + event.recordType() + " " + event.recordId() + " "
                    + event.summary());
        }

        @Override
        public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
            return List.of();
        }

        @Override
        public int count(AuditQuery query) {
            return 0;
        }
    };
    private OporaUser user = new OporaUser("admin", "Admin", Set.of("administrator"),
            Set.of(PlatformPermissions.MODULES), Locale.ENGLISH);
    private final ModuleOperations operations = new ModuleOperations(karaf.service(), audit,
            () -> Optional.ofNullable(user));
    private final Module consilium = new Module("opora-consilium", "0.1.0", "", ModuleState.NOT_INSTALLED);

    @AfterEach
    void close() {
        operations.close();
    }

    @Test
    void installRunsInTheBackgroundAndIsJournaled() throws Exception {
        operations.install(consilium).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("installFeature opora-consilium 0.1.0"), karaf.calls);
        assertEquals(List.of("admin ADMIN platform.module opora-consilium/0.1.0 install"), journal);
    }

    @Test
    void uninstallKeepsTheVersion() throws Exception {
        operations.uninstall(consilium).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("uninstallFeature opora-consilium 0.1.0"), karaf.calls);
    }

    @Test
    void aKarafFailureReachesTheCallerAndTheJournal() {
        karaf.failure = new IllegalStateException("Unable to resolve");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> operations.install(consilium).get(5, TimeUnit.SECONDS));
        assertSame(karaf.failure, e.getCause());
        assertEquals(List.of("admin ADMIN platform.module opora-consilium/0.1.0 install failed: IllegalStateException"),
                journal);
    }

    @Test
    void thePlatformIsNeverUninstalled() {
        Module platform = new Module(ModuleCatalog.PLATFORM, "0.1.0", "", ModuleState.STARTED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> operations.uninstall(platform));
        assertEquals("admin.modules.error.notRemovable", e.getMessage());
        assertTrue(karaf.calls.isEmpty());
    }

    @Test
    void withoutThePermissionNothingStarts() {
        user = new OporaUser("teacher", "Teacher", Set.of("teacher"), Set.of(), Locale.ENGLISH);
        assertThrows(AccessDeniedException.class, () -> operations.install(consilium));
        user = null;
        assertThrows(AccessDeniedException.class, () -> operations.install(consilium));
        assertTrue(karaf.calls.isEmpty());
        assertTrue(journal.isEmpty());
    }
}
