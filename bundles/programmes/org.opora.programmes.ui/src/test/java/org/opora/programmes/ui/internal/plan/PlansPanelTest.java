package org.opora.programmes.ui.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.ListItem;
import org.opora.core.ui.testing.FakePupils;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.ui.internal.common.ConfiguredList;
import org.opora.programmes.ui.internal.fake.Data;
import org.opora.programmes.ui.internal.fake.FakePlans;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

/** The plans tab: a pupil's plans, and the specialist recording that the parents were informed of the right. */
class PlansPanelTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private RuntimeException refuse;
    private final FakePlans plans = new FakePlans() {
        @Override
        public List<IndividualPlan> ofPupil(long pupilId) {
            calls.add("ofPupil " + pupilId);
            return List.of();
        }

        @Override
        public IndividualPlan informParents(long pupilId, LocalDate on, String representative) {
            calls.add("inform " + pupilId + " " + on + " " + representative);
            if (refuse != null) {
                throw refuse;
            }
            return Data.informed();
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private void open(SecurityContext user) {
        PlansPanel panel = new PlansPanel(plans, new FakePupils(List.of(Data.IVANOV), List.of(Data.MOTHER)), user,
                new ConfiguredList(List.of(new ListItem("ovz", "OVZ")))) {
            private static final long serialVersionUID = 1L;

            @Override
            void open(long planId) {
                opened.add(planId);
            }
        };
        UI.getCurrent().add(panel);
        TestUi.roundTrip();
    }

    @SuppressWarnings("unchecked")
    private static void choosePupil() {
        TestUi.find("plans-pupil", ComboBox.class).setValue(Data.IVANOV);
    }

    @Test
    void theSpecialistRecordsThatTheParentsWereInformedAndThePlanOpens() {
        open(Data.user("psychologist", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        Button inform = TestUi.find("plans-inform", Button.class);
        assertTrue(inform.isVisible());
        assertFalse(inform.isEnabled(), "a pupil is chosen first");
        choosePupil();
        assertTrue(calls.contains("ofPupil 1"), calls.toString());
        inform.click();
        assertTrue(TestUi.ids().contains("plan-inform-hint"));
        assertEquals("Ivanova Maria", TestUi.find("plan-inform-representative", ComboBox.class).getValue());
        TestUi.find("plan-inform-date", DatePicker.class).setValue(LocalDate.now().minusDays(2));
        TestUi.find("plan-inform-save", Button.class).click();
        assertTrue(calls.contains("inform 1 " + LocalDate.now().minusDays(2) + " Ivanova Maria"), calls.toString());
        assertEquals(List.of(9L), opened);
    }

    @Test
    void theServicesObjectionToTheDayIsShownOnIt() {
        open(Data.user("psychologist", ProgrammesPermissions.ACCESS, ProgrammesPermissions.DRAFT));
        choosePupil();
        TestUi.find("plans-inform", Button.class).click();
        refuse = new ValidationException("on", "programmes.error.future");
        TestUi.find("plan-inform-save", Button.class).click();
        assertTrue(TestUi.find("plan-inform-date", DatePicker.class).isInvalid());
        assertTrue(opened.isEmpty());
    }

    @Test
    void whoDoesNotDraftPlansDoesNotInform() {
        open(Data.user("teacher", ProgrammesPermissions.ACCESS));
        assertFalse(TestUi.find("plans-inform", Button.class).isVisible());
        @SuppressWarnings("unchecked")
        ComboBox<Pupil> pupil = TestUi.find("plans-pupil", ComboBox.class);
        pupil.setValue(Data.IVANOV);
        assertTrue(calls.contains("ofPupil 1"));
    }
}
