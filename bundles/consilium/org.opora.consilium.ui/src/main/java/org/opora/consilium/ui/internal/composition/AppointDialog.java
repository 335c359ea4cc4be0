package org.opora.consilium.ui.internal.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * Appoints a staff member to the consilium in a role from a day, by the order from the register; the order is
 * required when the school's settings say so, and then the dialog names who signs it (the position of the school's
 * chain {@code compositionOrderChain} and the person appointing). The roles offered are the school's configured ones.
 * The core refuses a second chair and a double membership.
 */
class AppointDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CompositionView.Services services;
    private final transient Runnable onSaved;
    private final transient Roles roles;
    private final boolean orderRequired;
    private final ComboBox<StaffMember> staff;
    private final Select<String> role = new Select<>();
    private final DatePicker from = Dates.picker("member-from", "consilium.ui.composition.from");
    private final ComboBox<Order> order;

    /** {@code signs}: who signs the order, shown above the form; {@code null} when no order is required. */
    AppointDialog(CompositionView.Services services, boolean orderRequired, String signs, Runnable onSaved) {
        this.services = services;
        this.orderRequired = orderRequired;
        this.onSaved = onSaved;
        this.roles = new Roles(services.roles());
        this.staff = StaffPicker.create(services.staff(), "member-staff", "consilium.ui.composition.name");
        this.order = OrderPicker.create(services.orders(), "member-order", orderRequired
                ? "consilium.ui.composition.order" : "consilium.ui.composition.orderOptional");
        setId("member-dialog");
        setHeaderTitle(getTranslation("consilium.ui.composition.appointTitle"));
        setWidth("44em");
        Forms.field(role, "member-role", "consilium.ui.composition.role");
        role.setItems(roles.codes());
        role.setItemLabelGenerator(roles::label);
        role.setValue(roles.proposed());
        from.setValue(LocalDate.now());
        staff.setRequiredIndicatorVisible(true);
        from.setRequiredIndicatorVisible(true);
        order.setRequiredIndicatorVisible(orderRequired);
        var form = Forms.form(staff, role, from, order);
        form.setColspan(order, 2);
        if (signs != null) {
            Paragraph signer = new Paragraph(signs);
            signer.setId("member-signs");
            add(signer);
        }
        add(form);
        getFooter().add(Forms.button("member-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("member-save", "consilium.ui.composition.appoint", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("staffId", staff, "role", role, "from", from, "orderId", order);
    }

    private void save() {
        Failures.clear(fields());
        List<HasValidation> missing = missing();
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required); // every empty field at once
            return;
        }
        Failures.on(fields()).run(() -> {
            BodyMember appointed = services.consilium().appoint(staff.getValue().id(), role.getValue(),
                    from.getValue(), order.getValue() == null ? null : order.getValue().id());
            Notifications.success(getTranslation("consilium.ui.composition.appointed", appointed.staffName(),
                    roles.label(appointed.role())));
            close();
            onSaved.run();
        });
    }

    private List<HasValidation> missing() {
        List<HasValidation> missing = new ArrayList<>();
        if (staff.getValue() == null) {
            missing.add(staff);
        }
        if (role.getValue() == null) {
            missing.add(role);
        }
        if (from.getValue() == null) {
            missing.add(from);
        }
        if (orderRequired && order.getValue() == null) {
            missing.add(order);
        }
        return missing;
    }
}
