package org.opora.core.ui.internal.order;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.OrderService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Registers an order (number, date, title, what it appoints or approves) or corrects one. */
public class OrderDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient OrderService orders;
    private final transient Consumer<Order> onSaved;
    private final Order existing;
    private final TextField number = Forms.field(new TextField(), "order-number", "core.ui.orders.number");
    private final DatePicker date = Dates.picker("order-date", "core.ui.orders.date");
    private final TextField title = Forms.field(new TextField(), "order-title", "core.ui.orders.orderTitle");
    private final TextArea subject = Forms.field(new TextArea(), "order-subject", "core.ui.orders.subject");

    /**
     * @param existing the order to correct, or {@code null} to register one
     * @param onSaved  gets the stored order
     */
    public OrderDialog(OrderService orders, Order existing, Consumer<Order> onSaved) {
        this.orders = orders;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("order-dialog");
        setHeaderTitle(getTranslation(existing == null ? "core.ui.orders.add" : "core.ui.orders.edit"));
        setWidth("44em");
        Dates.max(date, LocalDate.now());
        title.setHelperText(getTranslation("core.ui.orders.orderTitle.help"));
        subject.setHelperText(getTranslation("core.ui.orders.subject.help"));
        if (existing == null) {
            date.setValue(LocalDate.now());
        } else {
            number.setValue(existing.number());
            date.setValue(existing.date());
            title.setValue(existing.title());
            subject.setValue(existing.subject());
        }
        var form = Forms.form(number, date, title, subject);
        form.setColspan(title, 2);
        form.setColspan(subject, 2);
        add(form);
        getFooter().add(Forms.button("order-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("order-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("number", number, "date", date, "title", title, "subject", subject);
    }

    private void save() {
        Failures.clear(fields());
        // the service refuses an incomplete order too, with every objection of the form at once
        OrderDraft draft = new OrderDraft(number.getValue(), date.getValue(), title.getValue(), subject.getValue());
        boolean saved = Failures.on(fields(), () -> {
            close();
            onSaved.accept(existing);
        }).run(() -> {
            Order order = existing == null ? orders.register(draft)
                    : orders.update(existing.id(), existing.version(), draft);
            Notifications.success(getTranslation("core.ui.orders.saved", order.number(), Dates.format(order.date())));
            close();
            onSaved.accept(order);
        });
        if (!saved && date.getValue() == null) {
            Failures.required(date); // a typed day that does not exist says so
        }
    }
}
