package org.opora.platform.admin.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditService;

class AuditViewTest {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AuditService audit = new AuditService() {
        public void record(AuditEvent event) {
            throw new AssertionError("the journal view writes nothing");
        }
        public void record(String actor, AuditEvent event) {
            throw new AssertionError("the journal view writes nothing");
        }
        public void recordInTransaction(java.sql.Connection transaction, AuditEvent event) {
            throw new AssertionError("the journal view writes nothing");
        }
        public void recordInTransaction(java.sql.Connection transaction, String actor, AuditEvent event) {
            throw new AssertionError("the journal view writes nothing");
        }
        public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
            asked.add("find " + query.actor() + " " + query.action() + " " + offset + " " + limit);
            return List.of(new AuditRecord(1, Instant.now(), "admin", AuditAction.LOGIN, "platform.user", "admin", ""));
        }
        public int count(AuditQuery query) {
            asked.add("count " + query.actor() + " " + query.action());
            return 1000;
        }
    };
    private Grid<AuditRecord> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        TestUi.open().add(new AuditView(audit));
        grid = TestUi.find("admin-audit-grid", Grid.class);
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void fetch() {
        asked.clear();
        grid.getDataCommunicator().setRequestedRange(0, 50);
        TestUi.roundTrip();
    }

    @Test
    void theFiltersAndTheGridAreThere() {
        assertTrue(TestUi.ids(UI.getCurrent()).containsAll(Set.of("admin-audit-from", "admin-audit-to",
                "admin-audit-actor", "admin-audit-action", "admin-audit-type", "admin-audit-record",
                "admin-audit-search", "admin-audit-clear", "admin-audit-grid")));
    }

    @Test
    void theGridFetchesOnePageWithTheFilter() {
        TestUi.find("admin-audit-actor", TextField.class).setValue(" ivanova ");
        @SuppressWarnings("unchecked")
        Select<AuditAction> action = TestUi.find("admin-audit-action", Select.class);
        action.setValue(AuditAction.READ);
        fetch();
        assertTrue(asked.contains("count ivanova READ"), asked.toString());
        assertTrue(asked.stream().anyMatch(a -> a.startsWith("find ivanova READ 0 ")), asked.toString());
    }

    @Test
    void clearingTheFiltersShowsTheWholeJournal() {
        TestUi.find("admin-audit-actor", TextField.class).setValue("ivanova");
        TestUi.find("admin-audit-clear", Button.class).click();
        fetch();
        assertTrue(asked.contains("count null null"), asked.toString());
        assertEquals("", TestUi.find("admin-audit-actor", TextField.class).getValue());
    }
}
