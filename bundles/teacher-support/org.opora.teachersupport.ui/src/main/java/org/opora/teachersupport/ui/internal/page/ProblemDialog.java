package org.opora.teachersupport.ui.internal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.api.ListItem;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.ProblemDraft;

/** Adds an identified problem of the teacher, or corrects one: its type of difficulty (4.1) and what it is. */
class ProblemDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient Problem problem;
    private final ComboBox<String> type = new ComboBox<>();
    private final TextArea description = Forms.field(new TextArea(), "ts-problem-description",
            "teachersupport.ui.problem.description");

    /** @param problem the problem to correct, or {@code null} for a new one */
    ProblemDialog(RecordPage page, Problem problem) {
        this.page = page;
        this.problem = problem;
        setId("ts-problem-dialog");
        setHeaderTitle(getTranslation(problem == null ? "teachersupport.ui.problem.add"
                : "teachersupport.ui.problem.edit"));
        setWidth("40em");
        Forms.field(type, "ts-problem-type", "teachersupport.ui.problem.type");
        TeacherSupportSettings settings = page.settings();
        List<String> codes = new ArrayList<>(settings.difficultyTypes().stream().map(ListItem::code).toList());
        if (problem != null && !codes.contains(problem.difficultyType())) {
            codes.add(problem.difficultyType());
        }
        type.setItems(codes);
        type.setItemLabelGenerator(page::difficulty);
        if (problem != null) {
            type.setValue(problem.difficultyType());
            description.setValue(problem.description());
        }
        FormLayout form = Forms.form(type, description);
        form.setColspan(type, 2);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(Forms.button("ts-problem-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("ts-problem-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("difficultyType", type);
        m.put("description", description);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        boolean missing = false;
        if (type.getValue() == null) {
            Failures.required(type);
            missing = true;
        }
        if (description.getValue().isBlank()) {
            Failures.required(description);
            missing = true;
        }
        if (missing) {
            return;
        }
        ProblemDraft draft = new ProblemDraft(type.getValue(), description.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (problem == null) {
                page.services().records().addProblem(page.id(), draft);
            } else {
                page.services().records().updateProblem(problem.id(), problem.version(), draft);
            }
            Notifications.success(getTranslation("teachersupport.ui.problem.saved"));
            close();
            page.reload().run();
        });
    }
}
