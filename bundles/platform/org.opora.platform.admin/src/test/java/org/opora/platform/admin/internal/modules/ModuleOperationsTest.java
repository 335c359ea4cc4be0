package org.opora.platform.admin.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        public void recordInTransaction(java.sql.Connection transaction, AuditEvent event) {
            throw new AssertionError("module operations change no records");
        }

        @Override
        public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent event) {
            throw new AssertionError("module operations change no records");
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
        operations.uninstall(consilium, List.of()).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("uninstallFeatures [opora-consilium/0.1.0] []"), karaf.calls);
    }

    @Test
    void theModulesThatNeedItAreUninstalledInTheSameStepAndEachIsJournaled() throws Exception {
        Module core = new Module("opora-core", "0.1.0", "", ModuleState.STARTED);
        operations.uninstall(core, List.of(consilium)).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("uninstallFeatures [opora-consilium/0.1.0, opora-core/0.1.0] []"), karaf.calls);
        assertEquals(List.of("admin ADMIN platform.module opora-consilium/0.1.0 uninstall",
                "admin ADMIN platform.module opora-core/0.1.0 uninstall"), journal);
    }

    @Test
    void everyListenerHearsTheStartAndTheEndAndTheStateIsSharedMeanwhile() throws Exception {
        karaf.hold = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        operations.listen(heard::incrementAndGet);
        java.util.concurrent.CompletableFuture<Void> done = operations.install(consilium);
        assertEquals(1, heard.get());
        assertEquals(ModuleOperations.Operation.INSTALL, operations.running("opora-consilium"));
        assertTrue(operations.busy());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> operations.install(consilium));
        assertEquals("admin.modules.error.busy", twice.getMessage());
        karaf.hold.countDown();
        done.get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 100 && heard.get() < 2; i++) {
            Thread.sleep(20);
        }
        assertEquals(2, heard.get());
        assertFalse(operations.busy());
    }

    @Test
    void karafsRefusalsBecomeSentencesNotKarafsText() {
        assertEquals("admin.modules.error.notInstalled", ModuleOperations.reasonKey(
                ModuleOperations.Operation.UNINSTALL, new IllegalArgumentException(
                        "Feature named 'opora-programmes/[0.1.0.SNAPSHOT,0.1.0.SNAPSHOT]' is not installed")));
        assertEquals("admin.modules.error.unresolved", ModuleOperations.reasonKey(
                ModuleOperations.Operation.INSTALL, new Exception("Unable to resolve root: missing requirement")));
        assertEquals("admin.modules.error.install", ModuleOperations.reasonKey(
                ModuleOperations.Operation.INSTALL, new RuntimeException("boom")));
        assertEquals("admin.modules.error.uninstall", ModuleOperations.reasonKey(
                ModuleOperations.Operation.UNINSTALL, new RuntimeException(null, null)));
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
                () -> operations.uninstall(platform, List.of()));
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
