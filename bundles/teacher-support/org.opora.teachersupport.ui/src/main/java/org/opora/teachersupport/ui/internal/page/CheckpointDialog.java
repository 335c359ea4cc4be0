package org.opora.teachersupport.ui.internal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.Route;

/**
 * Plans a checkpoint of the route, or corrects one not yet passed (regulation 004, 3.2): its kind from the settings
 * (an interview with the deputy director, the portfolio, an essay, a talk at the council, an open lesson ...), what
 * is to be shown, and the due date within the route's period.
 */
class CheckpointDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient Checkpoint checkpoint;
    private final ComboBox<String> kind;
    private final TextArea description = Forms.field(new TextArea(), "ts-checkpoint-description",
            "teachersupport.ui.checkpoint.description");
    private final DatePicker due = Dates.picker("ts-checkpoint-due", "teachersupport.ui.checkpoint.due");

    /** @param checkpoint the checkpoint to correct, or {@code null} for a new one */
    CheckpointDialog(RecordPage page, Route route, Checkpoint checkpoint) {
        this.page = page;
        this.checkpoint = checkpoint;
        setId("ts-checkpoint-dialog");
        setHeaderTitle(getTranslation(checkpoint == null ? "teachersupport.ui.checkpoint.add"
                : "teachersupport.ui.checkpoint.edit"));
        setWidth("40em");
        kind = Choices.of("ts-checkpoint-kind", "teachersupport.ui.checkpoint.kind", page.settings().checkpointKinds(),
                checkpoint == null ? null : checkpoint.kind());
        description.setWidthFull();
        Dates.min(due, route.from());
        Dates.max(due, route.to());
        due.setHelperText(getTranslation("teachersupport.ui.checkpoint.due.help", Dates.format(route.from()),
                Dates.format(route.to())));
        if (checkpoint != null) {
            description.setValue(checkpoint.description());
            due.setValue(checkpoint.due());
        }
        FormLayout form = Forms.form(kind, due, description);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(Forms.button("ts-checkpoint-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-checkpoint-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("kind", kind);
        m.put("description", description);
        m.put("due", due);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (kind.getValue() == null) {
            missing.add(kind);
        }
        if (description.getValue().isBlank()) {
            missing.add(description);
        }
        if (due.getValue() == null) {
            missing.add(due);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        CheckpointDraft draft = new CheckpointDraft(kind.getValue(), description.getValue(), due.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (checkpoint == null) {
                page.services().route().addCheckpoint(page.id(), draft);
            } else {
                page.services().route().updateCheckpoint(checkpoint.id(), checkpoint.version(), draft);
            }
            Notifications.success(getTranslation("teachersupport.ui.checkpoint.saved"));
            close();
            page.reload().run();
        });
    }
}
