package org.opora.core.ui.internal.staff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;

import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/** Adds a staff member or changes one: name, position, specialist types, linked account and contacts. */
class StaffDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient StaffService staff;
    private final transient Runnable onSaved;
    private final StaffMember existing;
    private final TextField surname = Forms.field(new TextField(), "staff-surname", "core.ui.person.surname");
    private final TextField name = Forms.field(new TextField(), "staff-name", "core.ui.person.name");
    private final TextField patronymic = Forms.field(new TextField(), "staff-patronymic", "core.ui.person.patronymic");
    private final TextField position = Forms.field(new TextField(), "staff-position", "core.ui.staff.position");
    private final MultiSelectComboBox<ListItem> types = Forms.field(new MultiSelectComboBox<>(), "staff-types",
            "core.ui.staff.types");
    private final TextField username = Forms.field(new TextField(), "staff-username", "core.ui.staff.username");
    private final TextField phone = Forms.field(new TextField(), "staff-phone", "core.ui.common.phone");
    private final TextField email = Forms.field(new TextField(), "staff-email", "core.ui.common.email");
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    /** @param existing the staff member to change, or {@code null} to add one */
    StaffDialog(StaffService staff, Labels typeLabels, StaffMember existing, Runnable onSaved) {
        this.staff = staff;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("staff-dialog");
        setHeaderTitle(existing == null ? getTranslation("core.ui.staff.add")
                : getTranslation("core.ui.staff.edit", existing.name().full()));
        setWidth("48em");
        List<ListItem> items = new ArrayList<>(typeLabels.items());
        if (existing != null) {
            // a type no longer configured stays visible, so saving does not drop it silently
            existing.specialistTypes().stream().filter(c -> items.stream().noneMatch(i -> i.code().equals(c)))
                    .forEach(c -> items.add(new ListItem(c, c)));
        }
        types.setItems(items);
        types.setItemLabelGenerator(ListItem::label);
        username.setHelperText(getTranslation("core.ui.staff.username.help"));
        bind();
        if (existing != null) {
            values.surname = existing.name().surname();
            values.name = existing.name().name();
            values.patronymic = existing.name().patronymic();
            values.position = existing.position();
            values.types = new LinkedHashSet<>(items.stream()
                    .filter(i -> existing.specialistTypes().contains(i.code())).toList());
            values.username = existing.username();
            values.phone = existing.phone();
            values.email = existing.email();
        }
        binder.readBean(values);
        add(Forms.form(surname, name, patronymic, position, types, username, phone, email));
        getFooter().add(Forms.button("staff-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("staff-save", "core.kit.common.save", this::save));
    }

    private void bind() {
        String required = getTranslation("core.kit.common.required");
        binder.forField(surname).asRequired(required).bind(v -> v.surname, (v, x) -> v.surname = x);
        binder.forField(name).asRequired(required).bind(v -> v.name, (v, x) -> v.name = x);
        binder.forField(patronymic).bind(v -> v.patronymic, (v, x) -> v.patronymic = x);
        binder.forField(position).asRequired(required).bind(v -> v.position, (v, x) -> v.position = x);
        binder.forField(types).bind(v -> v.types, (v, x) -> v.types = x);
        binder.forField(username).bind(v -> v.username, (v, x) -> v.username = x);
        binder.forField(phone).bind(v -> v.phone, (v, x) -> v.phone = x);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("core.ui.common.email.invalid"), true))
                .bind(v -> v.email, (v, x) -> v.email = x);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("surname", surname, "givenName", name, "patronymic", patronymic, "position", position,
                "specialistTypes", types, "username", username, "phone", phone, "email", email);
    }

    private void save() {
        Failures.clear(fields());
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        StaffDraft draft = new StaffDraft(new PersonName(values.surname, values.name, values.patronymic),
                values.position, values.types.stream().map(ListItem::code).toList(), values.username, values.phone,
                values.email);
        Failures.on(fields(), () -> {
            close();
            onSaved.run();
        }).run(() -> {
            StaffMember saved = existing == null ? staff.create(draft)
                    : staff.update(existing.id(), existing.version(), draft);
            Notifications.success(getTranslation("core.ui.staff.saved", saved.name().full()));
            close();
            onSaved.run();
        });
    }

    /** The bound values. */
    private static final class Values {
        private String surname = "";
        private String name = "";
        private String patronymic = "";
        private String position = "";
        private Set<ListItem> types = new LinkedHashSet<>();
        private String username = "";
        private String phone = "";
        private String email = "";
    }
}
