package org.opora.teachersupport.ui.internal.records;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.ui.internal.common.OpeningFields;
import org.opora.teachersupport.ui.internal.common.ProblemRows;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The decision to support a teacher (the administration; regulation 004, 5.1): the teacher, the day of the decision,
 * the lead, the participants, the identified problems with their types of difficulty and the planned forms of help.
 * The record is opened first, then its problems are added in their order; the record's page opens at once (a problem
 * the service refuses is named there and can be added on the page).
 */
class OpenRecordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordsView.Services services;
    private final transient LongConsumer opened;
    private final OpeningFields fields;
    private final ProblemRows problems;

    OpenRecordDialog(RecordsView.Services services, LongConsumer opened) {
        this.services = services;
        this.opened = opened;
        setId("ts-open-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.records.open"));
        setWidth("52em");
        TeacherSupportSettings settings = SupportTexts.settings(services.settings(), getLocale());
        fields = new OpeningFields(services.staff(), settings, null);
        problems = new ProblemRows(settings);
        add(new Paragraph(getTranslation("teachersupport.ui.records.open.hint")), fields.who(), problems,
                fields.planned());
        getFooter().add(Forms.button("ts-open-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-open-save", "teachersupport.ui.records.open.save", this::save));
    }

    private void save() {
        Failures.clear(fields.fields());
        problems.clear();
        boolean complete = fields.complete();
        if (!problems.complete() || !complete) {
            return;
        }
        Map<String, HasValidation> inputs = new HashMap<>(fields.fields());
        inputs.putAll(problems.fields());
        // the record and its problems in one call: refused together, every objection on its input, or opened whole
        Failures.on(inputs).run(() -> {
            SupportRecord created = services.records().open(fields.draft(), problems.drafts());
            close();
            Notifications.success(getTranslation("teachersupport.ui.records.opened", created.teacher()));
            opened.accept(created.id());
        });
    }
}
