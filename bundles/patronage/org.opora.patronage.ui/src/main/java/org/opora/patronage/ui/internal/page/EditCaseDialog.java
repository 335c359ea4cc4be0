package org.opora.patronage.ui.internal.page;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.ui.internal.common.CaseFields;
import org.opora.platform.ui.api.Notifications;

/**
 * Corrects an open case (the coordinator): the category, the grounds and the day of opening. The pupil stays; a case
 * opened for the wrong pupil is closed and another opened.
 */
class EditCaseDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final CaseFields fields;

    EditCaseDialog(CasePage page) {
        this.page = page;
        PatronageCase c = page.patronageCase();
        setId("patronage-case-dialog");
        setHeaderTitle(getTranslation("patronage.ui.case.edit"));
        setWidth("40em");
        TextField pupil = Forms.field(new TextField(), "patronage-case-pupil-name", "patronage.ui.case.pupil");
        pupil.setValue(c.pupil());
        pupil.setReadOnly(true);
        pupil.setWidthFull();
        fields = new CaseFields(page.settings(), c.category());
        fields.category().setValue(c.category());
        fields.grounds().setValue(c.grounds());
        fields.opened().setValue(c.openedOn());
        FormLayout form = Forms.form(pupil, fields.category(), fields.grounds(), fields.opened());
        form.setColspan(pupil, 2);
        form.setColspan(fields.grounds(), 2);
        add(form);
        getFooter().add(Forms.button("patronage-case-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-case-save", "core.kit.common.save", this::save));
    }

    private void save() {
        Map<String, HasValidation> all = new HashMap<>(fields.fields());
        Failures.clear(all);
        if (!fields.complete()) {
            return;
        }
        PatronageCase c = page.patronageCase();
        CaseDraft draft = new CaseDraft(c.pupilId(), fields.category().getValue(), fields.grounds().getValue(),
                fields.opened().getValue());
        Failures.on(all, () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().cases().update(c.id(), c.version(), draft);
            Notifications.success(getTranslation("patronage.ui.case.saved"));
            close();
            page.reload().run();
        });
    }
}
