package org.opora.core.ui.internal.structure;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.api.ListItem;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.core.kit.OrderPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/** Adds a member to a functional body: who, in which role, from which day, and by which order if there is one. */
class MemberDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ServiceView.Services services;
    private final transient Runnable onSaved;
    private final ListItem body;
    private final ComboBox<StaffMember> staff;
    private final ComboBox<ListItem> role = Forms.field(new ComboBox<>(), "member-role", "core.ui.service.role");
    private final DatePicker from = Dates.picker("member-from", "core.ui.service.from");
    private final ComboBox<Order> order;

    MemberDialog(ServiceView.Services services, ListItem body, Labels roles, Runnable onSaved) {
        this.services = services;
        this.body = body;
        this.onSaved = onSaved;
        this.staff = StaffPicker.create(services.staff(), "member-staff", "core.ui.service.member");
        this.order = OrderPicker.create(services.orders(), "member-order", "core.ui.service.orderOptional");
        setId("member-dialog");
        setHeaderTitle(getTranslation("core.ui.service.addMemberTo", body.label()));
        setWidth("44em");
        role.setItems(roles.items());
        role.setItemLabelGenerator(ListItem::label);
        from.setValue(LocalDate.now());
        add(Forms.form(staff, role, from, order));
        getFooter().add(Forms.button("member-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("member-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("staffId", staff, "role", role, "from", from, "orderId", order);
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input is marked at once
        boolean missing = false;
        if (staff.getValue() == null) {
            Failures.required(staff);
            missing = true;
        }
        if (role.getValue() == null) {
            Failures.required(role);
            missing = true;
        }
        if (from.getValue() == null) {
            Failures.required(from);
            missing = true;
        }
        if (missing) {
            return;
        }
        MemberDraft draft = new MemberDraft(body.code(), staff.getValue().id(), role.getValue().code(),
                from.getValue(), order.getValue() == null ? null : order.getValue().id());
        Failures.on(fields()).run(() -> {
            services.structure().addMember(draft);
            Notifications.success(getTranslation("core.ui.service.memberAdded", staff.getValue().name().full(),
                    body.label()));
            close();
            onSaved.run();
        });
    }
}
