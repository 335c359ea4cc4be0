package org.opora.core.ui.internal.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.internal.FakeStructure;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class ServiceViewTest {

    private final List<String> calls = new ArrayList<>();
    private final HeadAppointment head = new HeadAppointment(1, 3, "Orlova Olga Petrovna", 8, "45-o",
            LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), null);
    private final BodyMember chair = new BodyMember(11, "ppk", 3, "Orlova Olga Petrovna", "chair",
            LocalDate.of(2025, 9, 2), null, 8L, "45-o", LocalDate.of(2025, 9, 1));
    private boolean changes;
    private final FakeStructure structure = new FakeStructure() {
        @Override
        public boolean mayChangeMembers(String body) {
            return changes;
        }

        @Override
        public Optional<HeadAppointment> headOfService(LocalDate on) {
            return Optional.of(head);
        }

        @Override
        public List<HeadAppointment> headHistory() {
            return List.of(head);
        }

        @Override
        public List<BodyMember> members(String body, LocalDate on) {
            calls.add("members " + body);
            return List.of(chair);
        }

        @Override
        public List<BodyMember> memberHistory(String body) {
            calls.add("history " + body);
            return List.of(chair);
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new ServiceView(structure, new FakeStaff(), new FakeOrders(), Data.lists(), user));
        TestUi.roundTrip();
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
    void theHeadAndEachBodyAreShown() {
        open(Data.user(CorePermissions.STAFF_READ));
        assertTrue(TestUi.find("service-head", Span.class).getText().contains("core.ui.service.headIs"));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.containsAll(Set.of("service-head-history", "body-ppk", "body-ppk-members",
                "body-ppk-history")), ids.toString());
        assertFalse(ids.contains("service-appoint-head") || ids.contains("body-ppk-add")
                || ids.contains("body-ppk-end-11"), ids.toString());
        assertEquals(List.of("members ppk"), calls);
        TestUi.find("body-ppk-history", Checkbox.class).setValue(true);
        assertEquals(List.of("members ppk", "history ppk"), calls);
    }

    @Test
    void appointingNeedsStaffOrderAndDay() {
        changes = true;
        open(Data.user(CorePermissions.STAFF_READ, CorePermissions.STRUCTURE_MANAGE));
        assertTrue(TestUi.ids().containsAll(Set.of("service-appoint-head", "body-ppk-add", "body-ppk-end-11")));
        TestUi.find("service-appoint-head", Button.class).click();
        TestUi.find("head-save", Button.class).click();
        assertTrue(TestUi.find("head-staff", com.vaadin.flow.component.combobox.ComboBox.class).isInvalid(),
                "nothing is sent without a head");
        TestUi.find("head-from", com.vaadin.flow.component.datepicker.DatePicker.class).clear();
        TestUi.find("head-save", Button.class).click();
        assertTrue(TestUi.find("head-order", com.vaadin.flow.component.combobox.ComboBox.class).isInvalid()
                && TestUi.find("head-from", com.vaadin.flow.component.datepicker.DatePicker.class).isInvalid(),
                "every empty input is marked at once");
    }

    @Test
    void aBodyAModuleClaimsIsChangedOnlyByWhomTheServiceAllows() {
        changes = false;
        open(Data.user(CorePermissions.STAFF_READ, CorePermissions.STRUCTURE_MANAGE));
        Set<String> ids = TestUi.ids();
        assertTrue(ids.contains("service-appoint-head"), ids.toString());
        assertFalse(ids.contains("body-ppk-add") || ids.contains("body-ppk-end-11"), ids.toString());
    }
}
