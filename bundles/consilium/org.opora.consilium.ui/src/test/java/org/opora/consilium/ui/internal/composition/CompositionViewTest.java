package org.opora.consilium.ui.internal.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.ui.internal.fake.Data;
import org.opora.consilium.ui.internal.fake.FakeConsilium;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.core.ui.testing.FakeStaff;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class CompositionViewTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 9, 1);

    private final List<String> calls = new ArrayList<>();
    private final BodyMember chair = new BodyMember(11, "consilium", 2, "Kuznetsov Pavel", "chair", SINCE, null,
            8L, "45-o", SINCE.minusDays(1));
    private final BodyMember former = new BodyMember(10, "consilium", 4, "Sidorova Anna", "member",
            SINCE.minusYears(1), SINCE.minusDays(1), null, "", null);
    private boolean orderRequired = true;
    private boolean manages = true;
    private final FakeConsilium consilium = new FakeConsilium() {
        @Override
        public boolean canManageComposition() {
            return manages;
        }

        @Override
        public ApprovalStep compositionSigner() {
            return ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "deputy", "Deputy director for welfare"),
                    "Deputy director for welfare", List.of("Orlova Irina"));
        }

        @Override
        public ConsiliumSettings settings(Locale locale) {
            return Data.settings(orderRequired);
        }

        @Override
        public List<BodyMember> composition(LocalDate day) {
            calls.add("composition " + day);
            return List.of(chair);
        }

        @Override
        public List<BodyMember> compositionHistory() {
            return List.of(chair, former);
        }

        @Override
        public BodyMember appoint(long staffId, String role, LocalDate from, Long orderId) {
            calls.add("appoint " + staffId + " " + role + " " + from + " " + orderId);
            return chair;
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

    private BodyRoles roles = Bodies.builtIn();

    private void open(SecurityContext user) {
        UI.getCurrent().add(new CompositionView(new CompositionView.Services(consilium, new FakeStaff(),
                new FakeOrders(), user, roles)));
        TestUi.roundTrip();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogOffersTheRolesTheSchoolConfigured() {
        roles = Bodies.fixed(List.of("head", "clerk", "expert", "member"),
                Map.of("head", BodyRoleMeaning.CHAIR, "clerk", BodyRoleMeaning.SECRETARY));
        orderRequired = false;
        open(Data.user("deputy", ConsiliumPermissions.ACCESS, CorePermissions.STRUCTURE_MANAGE));
        TestUi.find("composition-appoint", Button.class).click();
        Select<String> role = TestUi.find("member-role", Select.class);
        assertEquals(List.of("head", "clerk", "expert", "member"), role.getListDataView().getItems().toList());
        assertEquals("expert", role.getValue(), "proposed: the first role meaning a member (expert has no meaning)");
        TestUi.find("member-staff", ComboBox.class).setValue(Data.staff(3, "Volkova"));
        role.setValue("clerk");
        calls.clear();
        TestUi.find("member-save", Button.class).click();
        assertEquals("appoint 3 clerk " + LocalDate.now() + " null", calls.get(0));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> items(String gridId) {
        return TestUi.items((Grid<T>) TestUi.find(gridId, Grid.class));
    }

    @Test
    void everyoneSeesTheCompositionTodayAndItsHistory() {
        manages = false;
        open(Data.user("teacher", ConsiliumPermissions.ACCESS));
        assertEquals("!{consilium.ui.composition.signer}!", TestUi.find("composition-signer", Paragraph.class)
                .getText(), "who signs the order (the test has no texts: the key)");
        assertEquals(List.of("composition " + LocalDate.now()), calls);
        assertEquals(List.of(chair), items("composition-grid"));
        assertEquals(List.of(chair, former), items("composition-history-grid"));
        Set<String> ids = TestUi.ids();
        assertFalse(ids.contains("composition-appoint") || ids.contains("composition-end-11"), ids.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAppointmentNeedsAnOrderWhenTheSchoolRequiresOne() {
        open(Data.user("deputy", ConsiliumPermissions.ACCESS));
        assertTrue(TestUi.ids().contains("composition-end-11"));
        TestUi.find("composition-appoint", Button.class).click();
        assertEquals("!{consilium.ui.composition.signs}!", TestUi.find("member-signs", Paragraph.class).getText(),
                "the dialog names the position and the person");
        calls.clear();
        TestUi.find("member-save", Button.class).click();
        assertTrue(TestUi.find("member-staff", ComboBox.class).isInvalid()
                && TestUi.find("member-order", ComboBox.class).isInvalid(), "every empty field is marked at once");
        assertTrue(calls.isEmpty(), calls.toString());
        StaffMember volkova = Data.staff(3, "Volkova");
        TestUi.find("member-staff", ComboBox.class).setValue(volkova);
        TestUi.find("member-role", Select.class).setValue("secretary");
        calls.clear();
        TestUi.find("member-save", Button.class).click();
        assertTrue(TestUi.find("member-order", ComboBox.class).isInvalid(), "the order is required");
        assertTrue(calls.isEmpty(), calls.toString());
        TestUi.find("member-order", ComboBox.class).setValue(new Order(8, "45-o", SINCE, "On the consilium", "",
                1));
        TestUi.find("member-save", Button.class).click();
        assertEquals(List.of("appoint 3 secretary " + LocalDate.now() + " 8", "composition " + LocalDate.now()),
                calls);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheRuleAnAppointmentGoesWithoutAnOrder() {
        orderRequired = false;
        open(Data.user("deputy", ConsiliumPermissions.ACCESS, CorePermissions.STRUCTURE_MANAGE));
        assertFalse(TestUi.ids().contains("composition-signer"), "no order, nobody signs one");
        TestUi.find("composition-appoint", Button.class).click();
        TestUi.find("member-staff", ComboBox.class).setValue(Data.staff(3, "Volkova"));
        calls.clear();
        TestUi.find("member-save", Button.class).click();
        assertEquals("appoint 3 member " + LocalDate.now() + " null", calls.get(0));
    }
}
