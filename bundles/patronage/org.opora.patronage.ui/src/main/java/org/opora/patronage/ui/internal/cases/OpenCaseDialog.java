package org.opora.patronage.ui.internal.cases;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.PupilPicker;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.ui.internal.common.CaseFields;
import org.opora.platform.ui.api.Notifications;

/**
 * Opens a patronage case (the coordinator, regulation 003): the pupil, the category, the grounds and the day of
 * opening. A pupil of a mandatory category without a case comes prefilled from the list's panel. The case's page
 * opens at once, where the director appoints the curator by order.
 */
class OpenCaseDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasesView.Services services;
    private final transient LongConsumer opened;
    private final ComboBox<Pupil> pupil;
    private final CaseFields fields;

    /**
     * @param pupilId  the pupil to prefill, or {@code null}
     * @param category the category to prefill, or {@code null}
     * @param opened   shows the opened case
     */
    OpenCaseDialog(CasesView.Services services, PatronageSettings settings, Long pupilId, String category,
            LongConsumer opened) {
        this.services = services;
        this.opened = opened;
        setId("patronage-case-dialog");
        setHeaderTitle(getTranslation("patronage.ui.cases.open"));
        setWidth("40em");
        pupil = PupilPicker.create(services.pupils(), "patronage-case-pupil", "patronage.ui.case.pupil");
        pupil.setWidthFull();
        PupilPicker.select(pupil, services.pupils(), pupilId);
        fields = new CaseFields(settings, null);
        if (category != null) {
            fields.category().setValue(category);
        }
        FormLayout form = Forms.form(pupil, fields.category(), fields.grounds(), fields.opened());
        form.setColspan(pupil, 2);
        form.setColspan(fields.grounds(), 2);
        add(new Paragraph(getTranslation("patronage.ui.cases.open.hint")), form);
        getFooter().add(Forms.button("patronage-case-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-case-save", "patronage.ui.cases.open.save", this::save));
    }

    private Map<String, HasValidation> all() {
        Map<String, HasValidation> m = new HashMap<>(fields.fields());
        m.put("pupilId", pupil);
        return m;
    }

    private void save() {
        Failures.clear(all());
        // every empty required input at once: the pupil with the case's fields
        boolean noPupil = pupil.getValue() == null;
        if (noPupil) {
            Failures.required(pupil);
        }
        if (!fields.complete() || noPupil) {
            return;
        }
        CaseDraft draft = new CaseDraft(pupil.getValue().id(), fields.category().getValue(),
                fields.grounds().getValue(), fields.opened().getValue());
        Failures.on(all()).run(() -> {
            PatronageCase created = services.cases().open(draft);
            Notifications.success(getTranslation("patronage.ui.cases.created", created.pupil()));
            close();
            opened.accept(created.id());
        });
    }
}
