package org.opora.teachersupport.ui.internal.page;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointResult;

/**
 * Records the result of a checkpoint (regulation 004, 3.2: the assessment and self-assessment of the route's
 * success): the day it was passed, the result, and what shows it (the portfolio, the essay, the lesson's analysis).
 */
class ResultDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient Checkpoint checkpoint;
    private final DatePicker done = Dates.picker("ts-result-date", "teachersupport.ui.checkpoint.doneOn");
    private final TextArea result = Forms.field(new TextArea(), "ts-result-text", "teachersupport.ui.checkpoint.result");
    private final TextArea evidence = Forms.field(new TextArea(), "ts-result-evidence",
            "teachersupport.ui.checkpoint.evidence");

    ResultDialog(RecordPage page, Checkpoint checkpoint) {
        this.page = page;
        this.checkpoint = checkpoint;
        setId("ts-result-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.checkpoint.record"));
        setWidth("40em");
        Paragraph what = new Paragraph(getTranslation("teachersupport.ui.checkpoint.what",
                TeacherSupportSettings.label(page.settings().checkpointKinds(), checkpoint.kind()),
                checkpoint.description(), Dates.format(checkpoint.due())));
        Dates.max(done, LocalDate.now());
        done.setValue(LocalDate.now());
        evidence.setHelperText(getTranslation("teachersupport.ui.checkpoint.evidence.help"));
        FormLayout form = Forms.form(done, result, evidence);
        form.setColspan(result, 2);
        form.setColspan(evidence, 2);
        add(what, form);
        getFooter().add(Forms.button("ts-result-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-result-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("doneOn", done);
        m.put("result", result);
        m.put("evidence", evidence);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        HasValidation missing = done.getValue() == null ? done : result.getValue().isBlank() ? result : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        CheckpointResult draft = new CheckpointResult(done.getValue(), result.getValue(), evidence.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().route().recordResult(checkpoint.id(), checkpoint.version(), draft);
            Notifications.success(getTranslation("teachersupport.ui.checkpoint.recorded"));
            close();
            page.reload().run();
        });
    }
}
