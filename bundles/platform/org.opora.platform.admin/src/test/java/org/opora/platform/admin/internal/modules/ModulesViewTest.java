package org.opora.platform.admin.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.apache.karaf.features.FeatureState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.PlatformPermissions;

class ModulesViewTest {

    private final FakeKaraf karaf = new FakeKaraf()
            .with("opora-platform", "0.1.0", FeatureState.Started)
            .with("opora-http", "0.1.0", FeatureState.Started)
            .with("opora-consilium", "0.1.0", FeatureState.Uninstalled);
    private final AuditService audit = new AuditService() {
        public void record(AuditEvent event) {
        }
        public void record(String actor, AuditEvent event) {
        }
        public void recordInTransaction(java.sql.Connection transaction, AuditEvent event) {
        }
        public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent event) {
        }
        public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
            return List.of();
        }
        public int count(AuditQuery query) {
            return 0;
        }
    };
    private final OporaUser admin = new OporaUser("admin", "Admin", Set.of(), Set.of(PlatformPermissions.MODULES),
            Locale.ENGLISH);
    private final ModuleOperations operations = new ModuleOperations(karaf.service(), audit, () -> Optional.of(admin));

    @BeforeEach
    void open() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        operations.close();
        TestUi.close();
    }

    @SuppressWarnings("unchecked")
    private Grid<Module> show(boolean mayChange) {
        TestUi.open().add(new ModulesView(new ModuleCatalog(karaf.service()), operations, mayChange));
        Grid<Module> grid = TestUi.find("admin-modules-grid", Grid.class);
        grid.getDataCommunicator().setRequestedRange(0, 50);
        TestUi.roundTrip();
        return grid;
    }

    @Test
    void listsTheModulesWithoutThePlatformsTechnicalFeatures() {
        Grid<Module> grid = show(true);
        assertEquals(List.of("opora-platform", "opora-consilium"),
                grid.getGenericDataView().getItems().map(Module::name).toList());
    }

    @Test
    void theButtonsMatchTheStateAndThePlatformHasNone() {
        show(true);
        Set<String> ids = TestUi.ids(com.vaadin.flow.component.UI.getCurrent());
        assertTrue(ids.contains("admin-module-install-opora-consilium"), ids.toString());
        assertFalse(ids.contains("admin-module-uninstall-opora-platform"), ids.toString());
    }

    @Test
    void withoutPermissionThereAreNoButtons() {
        show(false);
        Set<String> ids = TestUi.ids(com.vaadin.flow.component.UI.getCurrent());
        assertFalse(ids.contains("admin-module-install-opora-consilium"), ids.toString());
    }

    @Test
    void installGoesToKarafInTheBackgroundAndShowsProgress() throws InterruptedException {
        karaf.hold = new CountDownLatch(1);
        show(true);
        TestUi.find("admin-module-install-opora-consilium", Button.class).click();
        ProgressBar progress = TestUi.find("admin-modules-progress", ProgressBar.class);
        assertTrue(progress.isVisible());
        for (int i = 0; i < 250 && karaf.calls.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of("installFeature opora-consilium 0.1.0"), karaf.calls);
        assertTrue(progress.isVisible(), "Karaf is still at work");
        karaf.hold.countDown();
        for (int i = 0; i < 250 && progress.isVisible(); i++) {
            Thread.sleep(20);
        }
        assertFalse(progress.isVisible(), "Karaf is done");
    }
}
