package org.opora.core.kit;

import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;

/** A choice in the register of orders that searches by number or title as the user types. */
public final class OrderPicker {

    private OrderPicker() {
    }

    public static ComboBox<Order> create(OrderService orders, String id, String labelKey) {
        ComboBox<Order> box = Forms.field(new ComboBox<>(), id, labelKey);
        box.setItems(q -> {
            String text = q.getFilter().orElse("");
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> orders.find(text, offset, limit).stream(), Stream.empty());
        });
        box.setItemLabelGenerator(OrderPicker::label);
        box.setClearButtonVisible(true);
        return box;
    }

    /** "Order No. 45 of 01.09.2025 Title" in the user's language. */
    public static String label(Order o) {
        return UI.getCurrent().getTranslation("core.kit.orders.label", o.number(), Dates.format(o.date()), o.title());
    }

    /** "No. 45 of 01.09.2025", or an empty string without an order. */
    public static String reference(String number, java.time.LocalDate date) {
        return number == null || number.isEmpty() ? ""
                : UI.getCurrent().getTranslation("core.kit.orders.reference", number, Dates.format(date));
    }
}
