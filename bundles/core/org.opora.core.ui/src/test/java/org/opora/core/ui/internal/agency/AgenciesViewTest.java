package org.opora.core.ui.internal.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.agency.Agency;
import org.opora.core.kit.DirectionField;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeAgencies;
import org.opora.core.ui.testing.FakePupils;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class AgenciesViewTest {

    private final List<String> calls = new ArrayList<>();
    private final Agency opeka = new Agency(4, "guardianship", "Guardianship body", "", "", "", "Popova", true, 1);
    private final FakeAgencies agencies = new FakeAgencies() {
        @Override
        public List<Agency> agencies(String kind, boolean inactive) {
            calls.add("agencies '" + kind + "' " + inactive);
            return List.of(opeka);
        }

        @Override
        public List<Interaction> interactions(Long agencyId, Long pupilId, int offset, int limit) {
            calls.add("interactions " + agencyId + " " + pupilId);
            return List.of();
        }

        @Override
        public int countInteractions(Long agencyId, Long pupilId) {
            return 0;
        }

        @Override
        public Interaction record(InteractionDraft draft) {
            calls.add("record " + draft.agencyId() + " " + draft.subject() + " " + draft.nextDue() + " "
                    + draft.direction());
            return null;
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new AgenciesView(agencies, new FakePupils(), Data.lists(), user));
        TestUi.roundTrip();
        calls.clear();
    }

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void readersSeeTheAgenciesButChangeNothing() {
        open(Data.user(CorePermissions.AGENCY_READ));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("agencies-grid", "agencies-kind", "agencies-tabs")), ids.toString());
        assertFalse(ids.contains("agencies-add") || ids.contains("agencies-edit-4"), ids.toString());
        TestUi.find("agencies-tabs", TabSheet.class).setSelectedIndex(1);
        ids = TestUi.ids();
        assertTrue(ids.contains("interactions-grid"));
        assertFalse(ids.contains("interactions-add"));
    }

    @Test
    void aNextStepNeedsItsDueDate() {
        open(Data.user(CorePermissions.AGENCY_READ, CorePermissions.AGENCY_EDIT));
        TestUi.find("agencies-tabs", TabSheet.class).setSelectedIndex(1);
        calls.clear();
        TestUi.find("interactions-add", Button.class).click();
        assertFalse(TestUi.find("interaction-pupil", ComboBox.class).isVisible(),
                "no pupil choice without core.pupil.read");
        @SuppressWarnings("unchecked")
        ComboBox<Agency> agency = TestUi.find("interaction-agency", ComboBox.class);
        agency.setValue(opeka);
        TestUi.find("interaction-subject", TextField.class).setValue("Home visit");
        TestUi.find("interaction-next-step", TextField.class).setValue("Send the report");
        TestUi.find("interaction-save", Button.class).click();
        assertTrue(TestUi.find("interaction-due", DatePicker.class).isInvalid());
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("record")), calls.toString());
        TestUi.find("interaction-due", DatePicker.class).setValue(LocalDate.of(2030, 1, 10));
        TestUi.find("interaction-save", Button.class).click();
        assertTrue(TestUi.find("interaction-direction", DirectionField.class).isInvalid(),
                "the direction of work is required");
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("record")), calls.toString());
        TestUi.find("interaction-direction", DirectionField.class).setValue("diagnostics");
        TestUi.find("interaction-save", Button.class).click();
        assertTrue(calls.contains("record 4 Home visit 2030-01-10 diagnostics"), calls.toString());
    }

    @Test
    void theKindFilterAsksTheService() {
        open(Data.user(CorePermissions.AGENCY_READ));
        @SuppressWarnings("unchecked")
        ComboBox<org.opora.core.api.ListItem> kind = TestUi.find("agencies-kind", ComboBox.class);
        kind.setValue(new org.opora.core.api.ListItem("guardianship", "Guardianship"));
        assertEquals(List.of("agencies 'guardianship' false"), calls);
    }
}
