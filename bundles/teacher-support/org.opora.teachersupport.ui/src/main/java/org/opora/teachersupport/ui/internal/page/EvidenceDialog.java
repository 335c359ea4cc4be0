package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

import org.opora.core.api.document.Attachment;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Uploads;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * Records evidence collected during the support (regulation 004, 5.2): its kind from the settings, the stage (before,
 * during or after the support), the day, what it shows, and a file, checked as it arrives with the core's file check
 * (the size and the types the school allows, content really of its type).
 */
class EvidenceDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final ComboBox<String> kind;
    private final Select<EvidenceStage> stage = new Select<>();
    private final DatePicker date = Dates.picker("ts-evidence-date", "teachersupport.ui.evidence.date");
    private final TextArea description = Forms.field(new TextArea(), "ts-evidence-description",
            "teachersupport.ui.evidence.description");
    private final Span fileName = new Span();
    private final Upload upload;
    private transient Attachment file;

    EvidenceDialog(RecordPage page) {
        this.page = page;
        setId("ts-evidence-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.evidence.add"));
        setWidth("48em");
        kind = Choices.of("ts-evidence-kind", "teachersupport.ui.evidence.kind", page.settings().evidenceKinds(),
                null);
        Forms.field(stage, "ts-evidence-stage", "teachersupport.ui.evidence.stage");
        stage.setItems(EvidenceStage.values());
        stage.setItemLabelGenerator(s -> SupportTexts.label(SupportTexts.STAGE, s));
        Dates.max(date, LocalDate.now());
        date.setValue(LocalDate.now());
        description.setWidthFull();
        upload = Uploads.checked("ts-evidence-upload", page.services().files(), a -> {
            file = a;
            fileName.setText(a.fileName());
        });
        upload.addFileRemovedListener(e -> {
            file = null;
            fileName.setText("");
        });
        fileName.setId("ts-evidence-file-name");
        FormLayout form = Forms.form(kind, stage, date, description);
        form.setColspan(kind, 2);
        form.setColspan(description, 2);
        add(form, upload, fileName);
        getFooter().add(Forms.button("ts-evidence-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-evidence-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("kind", kind);
        m.put("stage", stage);
        m.put("date", date);
        m.put("description", description);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty field marked at once, as the service refuses them
        List<HasValidation> missing = new ArrayList<>();
        if (kind.getValue() == null) {
            missing.add(kind);
        }
        if (stage.getValue() == null) {
            missing.add(stage);
        }
        if (date.getValue() == null) {
            missing.add(date);
        }
        if (description.getValue().isBlank()) {
            missing.add(description);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        EvidenceDraft draft = new EvidenceDraft(kind.getValue(), stage.getValue(), date.getValue(),
                description.getValue(), file);
        Failures.on(fields()).run(() -> {
            page.services().help().addEvidence(page.id(), draft);
            Notifications.success(getTranslation("teachersupport.ui.evidence.saved"));
            close();
            page.reload().run();
        });
    }
}
