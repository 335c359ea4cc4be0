package org.opora.core.ui.internal.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.ListItem;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/** Adds an agency or changes one: kind, name, address and contacts. */
class AgencyDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient AgencyService agencies;
    private final transient Runnable onSaved;
    private final Agency existing;
    private final ComboBox<ListItem> kind = Forms.field(new ComboBox<>(), "agency-kind", "core.ui.agencies.kind");
    private final TextField name = Forms.field(new TextField(), "agency-name", "core.ui.agencies.name");
    private final TextField address = Forms.field(new TextField(), "agency-address", "core.ui.agencies.address");
    private final TextField phone = Forms.field(new TextField(), "agency-phone", "core.ui.common.phone");
    private final TextField email = Forms.field(new TextField(), "agency-email", "core.ui.common.email");
    private final TextField contact = Forms.field(new TextField(), "agency-contact", "core.ui.agencies.contact");

    /** @param existing the agency to change, or {@code null} to add one */
    AgencyDialog(AgencyService agencies, Labels kinds, Agency existing, Runnable onSaved) {
        this.agencies = agencies;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("agency-dialog");
        setHeaderTitle(getTranslation(existing == null ? "core.ui.agencies.add" : "core.ui.agencies.edit"));
        setWidth("44em");
        List<ListItem> items = new ArrayList<>(kinds.items());
        if (existing != null && items.stream().noneMatch(i -> i.code().equals(existing.kind()))) {
            items.add(new ListItem(existing.kind(), existing.kind()));
        }
        kind.setItems(items);
        kind.setItemLabelGenerator(ListItem::label);
        if (existing != null) {
            items.stream().filter(i -> i.code().equals(existing.kind())).findFirst().ifPresent(kind::setValue);
            name.setValue(existing.name());
            address.setValue(existing.address());
            phone.setValue(existing.phone());
            email.setValue(existing.email());
            contact.setValue(existing.contactPerson());
        }
        var form = Forms.form(kind, name, contact, phone, email, address);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        add(form);
        getFooter().add(Forms.button("agency-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("agency-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "name", name, "address", address, "phone", phone, "email", email,
                "contactPerson", contact);
    }

    private void save() {
        Failures.clear(fields());
        // the service refuses an incomplete card too, with every objection of the form at once
        AgencyDraft draft = new AgencyDraft(kind.getValue() == null ? null : kind.getValue().code(), name.getValue(),
                address.getValue(),
                phone.getValue(), email.getValue(), contact.getValue());
        Failures.on(fields(), () -> {
            close();
            onSaved.run();
        }).run(() -> {
            Agency saved = existing == null ? agencies.create(draft)
                    : agencies.update(existing.id(), existing.version(), draft);
            Notifications.success(getTranslation("core.ui.agencies.saved", saved.name()));
            close();
            onSaved.run();
        });
    }
}
