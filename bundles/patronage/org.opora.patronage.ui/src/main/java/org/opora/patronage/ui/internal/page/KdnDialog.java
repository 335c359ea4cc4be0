package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.legal.KdnCertificate;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.platform.ui.api.Notifications;

/**
 * Issues a certificate (spravka) (characteristic) of the pupil for KDN i ZP: prefilled with the commission and the work done;
 * issuing registers it in the document register, whose number and date it then carries.
 */
class KdnDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final DatePicker issuedOn = Dates.picker("patronage-kdn-date", "patronage.ui.kdn.date");
    private final TextField addressee = Forms.field(new TextField(), "patronage-kdn-addressee",
            "patronage.ui.kdn.addressee");
    private final TextField purpose = Forms.field(new TextField(), "patronage-kdn-purpose", "patronage.ui.kdn.purpose");
    private final TextArea behaviour = Forms.field(new TextArea(), "patronage-kdn-behaviour",
            "patronage.ui.kdn.behaviour");
    private final TextArea family = Forms.field(new TextArea(), "patronage-kdn-family", "patronage.ui.kdn.family");
    private final TextArea workDone = Forms.field(new TextArea(), "patronage-kdn-work", "patronage.ui.kdn.workDone");
    private final TextArea conclusion = Forms.field(new TextArea(), "patronage-kdn-conclusion",
            "patronage.ui.kdn.conclusion");

    KdnDialog(CasePage page, KdnDraft draft) {
        this.page = page;
        setId("patronage-kdn-dialog");
        setHeaderTitle(getTranslation("patronage.ui.kdn.issue"));
        setWidth("52em");
        Dates.max(issuedOn, LocalDate.now());
        Dates.min(issuedOn, page.patronageCase().openedOn());
        issuedOn.setValue(draft.issuedOn());
        addressee.setValue(draft.addressee());
        purpose.setValue(draft.purpose());
        behaviour.setValue(draft.behaviour());
        family.setValue(draft.family());
        workDone.setValue(draft.workDone());
        conclusion.setValue(draft.conclusion());
        FormLayout layout = Forms.form(issuedOn, addressee, purpose, behaviour, family, workDone, conclusion);
        for (var wide : new com.vaadin.flow.component.Component[] {addressee, behaviour, family, workDone,
            conclusion}) {
            layout.setColspan(wide, 2);
        }
        add(new Paragraph(getTranslation("patronage.ui.kdn.help")), layout);
        getFooter().add(Forms.button("patronage-kdn-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-kdn-save", "patronage.ui.kdn.register", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("issuedOn", issuedOn);
        m.put("addressee", addressee);
        m.put("purpose", purpose);
        m.put("behaviour", behaviour);
        m.put("family", family);
        m.put("workDone", workDone);
        m.put("conclusion", conclusion);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        KdnDraft draft = new KdnDraft(issuedOn.getValue(), addressee.getValue(), purpose.getValue(),
                behaviour.getValue(), family.getValue(), workDone.getValue(), conclusion.getValue());
        Failures.on(fields(), page.reload()).get(() -> page.services().kdn().issue(page.id(), draft))
                .ifPresent(this::issued);
    }

    private void issued(KdnCertificate k) {
        Notifications.success(getTranslation("patronage.ui.kdn.issued", k.documentId()));
        close();
        page.reload().run();
    }
}
