package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.OrderPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * Appoints a curator by the director's order (regulation 003 sections 2.2 and 3.1), or replaces a serving one: an
 * internal curator is chosen among the staff, an external one is named with the organisation; the order comes from
 * the core's register of orders; the first day. A replaced curator's term ends the day before.
 */
class CuratorDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient Curator replaced;
    private final RadioButtonGroup<CuratorKind> kind = new RadioButtonGroup<>();
    private final ComboBox<StaffMember> staff;
    private final TextField name = Forms.field(new TextField(), "patronage-curator-name",
            "patronage.ui.curator.externalName");
    private final TextField organisation = Forms.field(new TextField(), "patronage-curator-organisation",
            "patronage.ui.curator.externalOrganisation");
    private final ComboBox<Order> order;
    private final DatePicker from = Dates.picker("patronage-curator-from", "patronage.ui.curator.from");

    /** @param replaced the serving curator to replace, or {@code null} to appoint one */
    CuratorDialog(CasePage page, Curator replaced) {
        this.page = page;
        this.replaced = replaced;
        setId("patronage-curator-dialog");
        setHeaderTitle(replaced == null ? getTranslation("patronage.ui.curator.appoint")
                : getTranslation("patronage.ui.curator.replace.title", replaced.name()));
        setWidth("44em");
        Forms.field(kind, "patronage-curator-kind", "patronage.ui.curator.kind");
        kind.setItems(CuratorKind.values());
        kind.setItemLabelGenerator(PatronageTexts::kind);
        staff = StaffPicker.create(page.services().staff(), "patronage-curator-staff", "patronage.ui.curator.staff");
        order = OrderPicker.create(page.services().orders(), "patronage-curator-order",
                "patronage.ui.curator.orderPick");
        order.setHelperText(getTranslation(page.settings().orderRequired() ? "patronage.ui.curator.order.required"
                : "patronage.ui.curator.order.optional"));
        from.setValue(LocalDate.now());
        kind.addValueChangeListener(e -> showKind(e.getValue()));
        kind.setValue(replaced == null ? CuratorKind.INTERNAL : replaced.kind());
        FormLayout form = Forms.form(kind, staff, name, organisation, order, from);
        form.setColspan(kind, 2);
        form.setColspan(staff, 2);
        form.setColspan(order, 2);
        Paragraph signs = new Paragraph(getTranslation("patronage.ui.curator.signs", page.appointer().position(),
                page.user() == null ? "" : page.user().displayName()));
        signs.setId("patronage-curator-signs");
        add(signs, form);
        getFooter().add(Forms.button("patronage-curator-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-curator-save", "core.kit.common.save", this::save));
    }

    private void showKind(CuratorKind k) {
        boolean internal = k != CuratorKind.EXTERNAL;
        staff.setVisible(internal);
        name.setVisible(!internal);
        organisation.setVisible(!internal);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("kind", kind);
        m.put("staffId", staff);
        m.put("name", name);
        m.put("organisation", organisation);
        m.put("orderId", order);
        m.put("from", from);
        return m;
    }

    private HasValidation missing() {
        boolean internal = kind.getValue() == CuratorKind.INTERNAL;
        if (kind.getValue() == null) {
            return kind;
        }
        if (internal && staff.getValue() == null) {
            return staff;
        }
        if (!internal && name.getValue().isBlank()) {
            return name;
        }
        if (!internal && organisation.getValue().isBlank()) {
            return organisation;
        }
        if (page.settings().orderRequired() && order.getValue() == null) {
            return order;
        }
        return from.getValue() == null ? from : null;
    }

    private void save() {
        Failures.clear(fields());
        HasValidation missing = missing();
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        Long orderId = order.getValue() == null ? null : order.getValue().id();
        CuratorDraft draft = kind.getValue() == CuratorKind.INTERNAL
                ? CuratorDraft.internal(staff.getValue().id(), orderId, from.getValue())
                : CuratorDraft.external(name.getValue(), organisation.getValue(), orderId, from.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (replaced == null) {
                page.services().curators().appoint(page.id(), draft);
            } else {
                page.services().curators().replace(replaced.id(), replaced.version(), draft);
            }
            Notifications.success(getTranslation(replaced == null ? "patronage.ui.curator.appointed"
                    : "patronage.ui.curator.replaced"));
            close();
            page.reload().run();
        });
    }
}
