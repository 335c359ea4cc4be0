package org.opora.core.ui.internal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class StaffViewTest {

    private final List<String> calls = new ArrayList<>();
    private final FakeStaff staff = new FakeStaff() {
        @Override
        public List<StaffMember> find(StaffQuery q, int offset, int limit) {
            calls.add("find '" + q.text() + "' '" + q.specialistType() + "' " + q.includeInactive());
            return List.of(Data.staff(3, "Orlova"));
        }

        @Override
        public int count(StaffQuery q) {
            return 1;
        }

        @Override
        public StaffMember update(long id, long version, StaffDraft draft) {
            calls.add("update " + id + " " + version + " " + draft.specialistTypes() + " " + draft.username());
            throw new ValidationException("username", "core.error.staff.usernameTaken", draft.username());
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new StaffView(staff, Data.lists(), user));
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
    void theGridAsksForTheFilteredStaff() {
        open(Data.user(CorePermissions.STAFF_READ));
        TestUi.find("staff-search", TextField.class).setValue("Orl");
        @SuppressWarnings("unchecked")
        ComboBox<ListItem> type = TestUi.find("staff-type", ComboBox.class);
        type.setValue(new ListItem("speech", "Speech therapist"));
        TestUi.find("staff-inactive", Checkbox.class).setValue(true);
        calls.clear();
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = TestUi.find("staff-grid", Grid.class);
        TestUi.fetch(grid);
        assertEquals(List.of("find 'Orl' 'speech' true"), calls.stream().distinct().toList());
    }

    @Test
    void aNameLeadsToThePersonsCard() {
        open(Data.user(CorePermissions.STAFF_READ));
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = TestUi.find("staff-grid", Grid.class);
        TestUi.fetch(grid);
        Anchor link = TestUi.find("staff-open-3", Anchor.class);
        assertEquals("staff/card/3", link.getHref());
        assertEquals("Orlova Olga Petrovna", link.getText());
    }

    @Test
    void onlyStaffManagersChangeStaff() {
        open(Data.user(CorePermissions.STAFF_READ));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("staff-add") || ids.contains("staff-edit-3") || ids.contains("staff-deactivate-3"),
                ids.toString());
    }

    @Test
    void aTakenUsernameIsShownOnTheUsernameField() {
        open(Data.user(CorePermissions.STAFF_READ, CorePermissions.STAFF_MANAGE));
        TestUi.find("staff-edit-3", Button.class).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ListItem> types = TestUi.find("staff-types", MultiSelectComboBox.class);
        assertEquals(Set.of("psychologist"), types.getValue().stream().map(ListItem::code)
                .collect(java.util.stream.Collectors.toSet()));
        TestUi.find("staff-username", TextField.class).setValue("ivanova");
        TestUi.find("staff-save", Button.class).click();
        assertEquals(List.of("update 3 1 [psychologist] ivanova"), calls);
        TextField username = TestUi.find("staff-username", TextField.class);
        assertTrue(username.isInvalid());
        assertTrue(username.getErrorMessage().contains("core.error.staff.usernameTaken"));
    }
}
