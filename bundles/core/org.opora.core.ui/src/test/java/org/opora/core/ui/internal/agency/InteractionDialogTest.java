package org.opora.core.ui.internal.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeAgencies;
import org.opora.core.ui.testing.FakePupils;
import org.opora.platform.ui.testing.TestUi;

/** The interaction dialog marks every empty required field at once, each in words, and sends nothing. */
class InteractionDialogTest {

    private final List<String> calls = new ArrayList<>();
    private final Agency opeka = new Agency(4, "guardianship", "Guardianship body", "", "", "", "Popova", true, 1);
    private final FakeAgencies agencies = new FakeAgencies() {
        @Override
        public List<Agency> agencies(String kind, boolean inactive) {
            return List.of(opeka);
        }

        @Override
        public List<Interaction> interactions(Long agencyId, Long pupilId, int offset, int limit) {
            return List.of();
        }

        @Override
        public int countInteractions(Long agencyId, Long pupilId) {
            return 0;
        }

        @Override
        public Interaction record(InteractionDraft draft) {
            calls.add("record");
            return null;
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
        UI.getCurrent().add(new AgenciesView(agencies, new FakePupils(), Data.lists(),
                Data.user(CorePermissions.AGENCY_READ, CorePermissions.AGENCY_EDIT)));
        TestUi.roundTrip();
        TestUi.find("agencies-tabs", TabSheet.class).setSelectedIndex(1);
        TestUi.find("interactions-add", Button.class).click();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void everyEmptyRequiredFieldIsMarkedInWordsAtOnce() {
        TestUi.find("interaction-date", DatePicker.class).clear();
        TestUi.find("interaction-next-step", TextField.class).setValue("Send the report");
        TestUi.find("interaction-save", Button.class).click();

        for (String id : new String[] {"interaction-agency", "interaction-date", "interaction-subject",
            "interaction-direction", "interaction-due"}) {
            HasValidation field = (HasValidation) TestUi.find(id, Component.class);
            assertTrue(field.isInvalid(), id + " is not marked");
            assertFalse(field.getErrorMessage() == null || field.getErrorMessage().isBlank(), id + " has no words");
        }
        assertEquals(List.of(), calls, "nothing is sent");
    }

    @Test
    void aDueDayBeforeTheInteractionIsMarkedBesideTheEmptyFields() {
        TestUi.find("interaction-date", DatePicker.class).setValue(LocalDate.of(2026, 3, 10));
        TestUi.find("interaction-next-step", TextField.class).setValue("Send the report");
        TestUi.find("interaction-due", DatePicker.class).setValue(LocalDate.of(2026, 3, 9));
        TestUi.find("interaction-save", Button.class).click();

        DatePicker due = TestUi.find("interaction-due", DatePicker.class);
        assertTrue(due.isInvalid());
        assertFalse(due.getErrorMessage() == null || due.getErrorMessage().isBlank());
        assertTrue(TestUi.find("interaction-subject", TextField.class).isInvalid());
        assertEquals(List.of(), calls);
    }
}
