package org.opora.core.ui.internal.structure;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.core.ui.internal.order.OrderDialog;
import org.opora.platform.ui.api.Notifications;

/**
 * Appoints the head of the support service by an order of the register (000 §1.4); an order not registered yet
 * can be registered from here. The previous head's term ends the day before.
 */
class AppointHeadDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ServiceView.Services services;
    private final transient Runnable onSaved;
    private final ComboBox<StaffMember> staff;
    private final ComboBox<Order> order;
    private final DatePicker from = Dates.picker("head-from", "core.ui.service.from");

    AppointHeadDialog(ServiceView.Services services, Runnable onSaved) {
        this.services = services;
        this.onSaved = onSaved;
        this.staff = StaffPicker.create(services.staff(), "head-staff", "core.ui.service.headStaff");
        this.order = OrderPicker.create(services.orders(), "head-order", "core.ui.service.order");
        setId("head-dialog");
        setHeaderTitle(getTranslation("core.ui.service.appointHead"));
        setWidth("44em");
        from.setValue(LocalDate.now());
        Button newOrder = Forms.button("head-order-new", "core.ui.orders.add",
                () -> new OrderDialog(services.orders(), null, order::setValue).open());
        newOrder.setIcon(VaadinIcon.PLUS.create());
        HorizontalLayout orderRow = new HorizontalLayout(order, newOrder);
        orderRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        orderRow.setWidthFull();
        orderRow.setFlexGrow(1, order);
        var form = Forms.form(staff, from, orderRow);
        form.setColspan(orderRow, 2);
        add(form);
        getFooter().add(Forms.button("head-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("head-save", "core.ui.service.appoint", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("staffId", staff, "orderId", order, "from", from);
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input is marked at once
        boolean missing = false;
        if (staff.getValue() == null) {
            Failures.required(staff);
            missing = true;
        }
        if (order.getValue() == null) {
            Failures.required(order);
            missing = true;
        }
        if (from.getValue() == null) {
            Failures.required(from);
            missing = true;
        }
        if (missing) {
            return;
        }
        Failures.on(fields()).run(() -> {
            services.structure().appointHead(staff.getValue().id(), order.getValue().id(), from.getValue());
            Notifications.success(getTranslation("core.ui.service.headAppointed", staff.getValue().name().full()));
            close();
            onSaved.run();
        });
    }
}
