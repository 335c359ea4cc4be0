package org.opora.core.ui.internal.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;

import org.opora.core.api.ListItem;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/** Adds a legal representative or changes one; the service stores the change or says what is wrong. */
class RepresentativeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient PupilService pupils;
    private final transient Runnable onSaved;
    private final long pupilId;
    private final Representative existing;
    private final TextField fullName = Forms.field(new TextField(), "representative-name", "core.ui.person.fullName");
    private final ComboBox<ListItem> relation = Forms.field(new ComboBox<>(), "representative-relation",
            "core.ui.representative.relation");
    private final TextField phone = Forms.field(new TextField(), "representative-phone", "core.ui.common.phone");
    private final TextField email = Forms.field(new TextField(), "representative-email", "core.ui.common.email");
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    /** @param existing the representative to change, or {@code null} to add one */
    RepresentativeDialog(PupilService pupils, Labels relations, long pupilId, Representative existing,
            Runnable onSaved) {
        this.pupils = pupils;
        this.pupilId = pupilId;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("representative-dialog");
        setHeaderTitle(getTranslation(existing == null ? "core.ui.representative.add" : "core.ui.representative.edit"));
        setWidth("40em");
        List<ListItem> items = new ArrayList<>(relations.items());
        if (existing != null && !existing.relation().isEmpty()
                && items.stream().noneMatch(i -> i.code().equals(existing.relation()))) {
            items.add(new ListItem(existing.relation(), existing.relation()));
        }
        relation.setItems(items);
        relation.setItemLabelGenerator(ListItem::label);
        phone.setHelperText(getTranslation("core.ui.common.phone.help"));
        String required = getTranslation("core.kit.common.required");
        binder.forField(fullName).asRequired(required).bind(v -> v.fullName, (v, x) -> v.fullName = x);
        binder.forField(relation).asRequired(required).bind(v -> v.relation, (v, x) -> v.relation = x);
        binder.forField(phone).bind(v -> v.phone, (v, x) -> v.phone = x);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("core.ui.common.email.invalid"), true))
                .bind(v -> v.email, (v, x) -> v.email = x);
        if (existing != null) {
            values.fullName = existing.fullName();
            values.relation = items.stream().filter(i -> i.code().equals(existing.relation())).findFirst()
                    .orElse(null);
            values.phone = existing.phone();
            values.email = existing.email();
        }
        binder.readBean(values);
        add(Forms.form(fullName, relation, phone, email));
        getFooter().add(Forms.button("representative-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("representative-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "relation", relation, "phone", phone, "email", email);
    }

    private void save() {
        Failures.clear(fields());
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        RepresentativeDraft draft = new RepresentativeDraft(values.fullName, values.relation.code(), values.phone,
                values.email);
        Failures.on(fields(), () -> {
            close();
            onSaved.run();
        }).run(() -> {
            if (existing == null) {
                pupils.addRepresentative(pupilId, draft);
            } else {
                pupils.updateRepresentative(existing.id(), existing.version(), draft);
            }
            Notifications.success(getTranslation("core.ui.representative.saved", draft.fullName()));
            close();
            onSaved.run();
        });
    }

    /** The bound values. */
    private static final class Values {
        private String fullName = "";
        private ListItem relation;
        private String phone = "";
        private String email = "";
    }
}
