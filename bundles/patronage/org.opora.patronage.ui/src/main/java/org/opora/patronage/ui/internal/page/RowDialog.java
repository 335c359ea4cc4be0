package org.opora.patronage.ui.internal.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * Adds or corrects a row of the curator's work plan: the activity, the form of work (a talk, a training, a home
 * visit ...), the day or the period, the responsible staff member, the kind of help, the direction of work (000 §3:
 * proposed by the kind of help, {@link HelpKind#defaultDirection()}, and changed while the user has not chosen
 * another) and the planned result.
 */
class RowDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient WorkItem row;
    private final TextField activity = Forms.field(new TextField(), "patronage-row-activity",
            "patronage.ui.plan.activity");
    private final TextField form = Forms.field(new TextField(), "patronage-row-form", "patronage.ui.plan.form");
    private final DatePicker from = Dates.picker("patronage-row-from", "patronage.ui.plan.from");
    private final DatePicker to = Dates.picker("patronage-row-to", "patronage.ui.plan.to");
    private final ComboBox<StaffMember> responsible;
    private final Select<HelpKind> help = new Select<>();
    private final DirectionField direction;
    private final TextArea planned = Forms.field(new TextArea(), "patronage-row-planned", "patronage.ui.plan.planned");

    /** @param row the row to correct, or {@code null} for a new one */
    RowDialog(CasePage page, WorkItem row) {
        this.page = page;
        this.row = row;
        setId("patronage-row-dialog");
        setHeaderTitle(getTranslation(row == null ? "patronage.ui.plan.add" : "patronage.ui.plan.edit"));
        setWidth("48em");
        responsible = StaffPicker.create(page.services().staff(), "patronage-row-responsible",
                "patronage.ui.plan.responsible");
        Forms.field(help, "patronage-row-help", "patronage.ui.plan.help");
        help.setItems(HelpKind.values());
        help.setItemLabelGenerator(PatronageTexts::help);
        direction = new DirectionField(page.services().coreLists(), "patronage-row-direction", true);
        help.addValueChangeListener(e -> {
            boolean proposed = direction.code().isEmpty()
                    || (e.getOldValue() != null && direction.code().equals(e.getOldValue().defaultDirection()));
            if (proposed && e.getValue() != null) {
                direction.setCode(e.getValue().defaultDirection());
            }
        });
        form.setHelperText(getTranslation("patronage.ui.plan.form.help"));
        to.setHelperText(getTranslation("patronage.ui.plan.to.help"));
        Dates.min(from, page.patronageCase().openedOn());
        Dates.min(to, page.patronageCase().openedOn());
        if (row != null) {
            activity.setValue(row.activity());
            form.setValue(row.form());
            from.setValue(row.from());
            to.setValue(row.to() == null || row.to().equals(row.from()) ? null : row.to());
            StaffPicker.select(responsible, page.services().staff(), row.responsibleId());
            help.setValue(row.help());
            direction.setCode(row.direction());
            planned.setValue(row.plannedResult());
        } else if (page.me() != null) {
            responsible.setValue(page.me());
        }
        FormLayout layout = Forms.form(activity, form, from, to, responsible, help, direction, planned);
        layout.setColspan(direction, 2);
        layout.setColspan(activity, 2);
        layout.setColspan(planned, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-row-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-row-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("activity", activity);
        m.put("form", form);
        m.put("from", from);
        m.put("to", to);
        m.put("responsibleId", responsible);
        m.put("help", help);
        m.put("direction", direction);
        m.put("plannedResult", planned);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (activity.getValue().isBlank()) {
            missing.add(activity);
        }
        if (form.getValue().isBlank()) {
            missing.add(form);
        }
        if (from.getValue() == null) {
            missing.add(from);
        }
        if (responsible.getValue() == null) {
            missing.add(responsible);
        }
        if (help.getValue() == null) {
            missing.add(help);
        }
        if (direction.code().isEmpty()) {
            missing.add(direction);
        }
        if (planned.getValue().isBlank()) {
            missing.add(planned);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        WorkItemDraft draft = new WorkItemDraft(activity.getValue(), form.getValue(), from.getValue(), to.getValue(),
                responsible.getValue().id(), help.getValue(), direction.code(), planned.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (row == null) {
                page.services().plan().add(page.id(), draft);
            } else {
                page.services().plan().update(row.id(), row.version(), draft);
            }
            Notifications.success(getTranslation("patronage.ui.plan.saved"));
            close();
            page.reload().run();
        });
    }
}
