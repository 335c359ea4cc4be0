package org.opora.teachersupport.ui.internal.page;

import com.vaadin.flow.component.dialog.Dialog;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.ui.internal.common.OpeningFields;

/**
 * Corrects the opening record (the administration, the lead): the day of the decision, the lead, the participants,
 * the planned forms of help; the teacher stays. The problems are corrected on their tab.
 */
class EditRecordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final OpeningFields fields;

    EditRecordDialog(RecordPage page) {
        this.page = page;
        SupportRecord r = page.record();
        setId("ts-edit-dialog");
        setHeaderTitle(getTranslation("teachersupport.ui.record.edit"));
        setWidth("52em");
        fields = new OpeningFields(page.services().staff(), page.settings(), r);
        add(fields.who(), fields.planned());
        getFooter().add(Forms.button("ts-edit-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-edit-save", "core.kit.common.save", this::save));
    }

    private void save() {
        Failures.clear(fields.fields());
        if (!fields.complete()) {
            return;
        }
        SupportRecord r = page.record();
        Failures.on(fields.fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            page.services().records().update(r.id(), r.version(), fields.draft());
            Notifications.success(getTranslation("teachersupport.ui.record.saved"));
            close();
            page.reload().run();
        });
    }
}
