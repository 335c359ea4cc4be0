package org.opora.core.ui.internal.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.ui.internal.Data;
import org.opora.core.ui.testing.FakeOrders;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.testing.TestUi;

class OrdersViewTest {

    private final List<String> calls = new ArrayList<>();
    private final FakeOrders orders = new FakeOrders() {
        @Override
        public List<Order> find(String text, int offset, int limit) {
            calls.add("find '" + text + "'");
            return List.of(new Order(8, "45-o", LocalDate.of(2025, 9, 1), "Head of service", "Orlova", 1));
        }

        @Override
        public int count(String text) {
            return 1;
        }

        @Override
        public Order register(OrderDraft draft) {
            calls.add("register " + draft.number() + " " + draft.title());
            throw new ValidationException("number", "core.error.order.numberTaken", draft.number());
        }
    };

    private void open(SecurityContext user) {
        UI.getCurrent().add(new OrdersView(orders, user));
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
    void theSearchNarrowsTheRegister() {
        open(Data.user(CorePermissions.STAFF_READ));
        TestUi.find("orders-search", TextField.class).setValue(" 45 ");
        calls.clear();
        @SuppressWarnings("unchecked")
        Grid<Order> grid = TestUi.find("orders-grid", Grid.class);
        TestUi.fetch(grid);
        assertEquals(List.of("find '45'"), calls.stream().distinct().toList());
        assertFalse(TestUi.ids().contains("orders-add"));
    }

    @Test
    void aTakenNumberIsShownOnTheNumber() {
        open(Data.user(CorePermissions.STAFF_READ, CorePermissions.STRUCTURE_MANAGE));
        TestUi.find("orders-add", Button.class).click();
        TestUi.find("order-number", TextField.class).setValue("45-o");
        TestUi.find("order-title", TextField.class).setValue("Head of service");
        TestUi.find("order-save", Button.class).click();
        assertEquals(List.of("register 45-o Head of service"), calls);
        assertTrue(TestUi.find("order-number", TextField.class).isInvalid());
    }

    @Test
    void anOrderWithoutATitleIsNotSent() {
        open(Data.user(CorePermissions.STAFF_READ, CorePermissions.STRUCTURE_MANAGE));
        TestUi.find("orders-add", Button.class).click();
        TestUi.find("order-number", TextField.class).setValue("45-o");
        TestUi.find("order-save", Button.class).click();
        assertTrue(calls.isEmpty());
        assertTrue(TestUi.find("order-title", TextField.class).isInvalid());
    }
}
