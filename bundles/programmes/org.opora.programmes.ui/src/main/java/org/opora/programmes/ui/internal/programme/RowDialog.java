package org.opora.programmes.ui.internal.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.ui.internal.common.ConfiguredList;
import org.opora.platform.ui.api.Notifications;

/**
 * Adds or edits a row of the support plan: the activity and its form, the task it serves (regulation 002: the
 * activities are written for each task), whom it addresses, the participants, the responsible specialist, the date
 * or period within the programme, the planned result, the direction of help (002) and the service's direction of
 * work (000 §3), proposed from whom the row addresses and the direction of help.
 */
class RowDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ProgrammePage page;
    private final transient PlanRow row;
    private final TextField activity = Forms.field(new TextField(), "row-activity", "programmes.ui.plan.activityName");
    private final TextField form = Forms.field(new TextField(), "row-form", "programmes.ui.plan.form");
    private final Select<Task> task = new Select<>();
    private final Select<String> target = new Select<>();
    private final TextField participants = Forms.field(new TextField(), "row-participants",
            "programmes.ui.plan.participants");
    private final ComboBox<StaffMember> responsible;
    private final DatePicker from = Dates.picker("row-from", "programmes.ui.plan.from");
    private final DatePicker to = Dates.picker("row-to", "programmes.ui.plan.to");
    private final TextArea planned = Forms.field(new TextArea(), "row-planned", "programmes.ui.plan.planned");
    private final Select<String> direction = new Select<>();
    private final DirectionField workDirection;
    /** Whether the user chose the direction of work, which then is no longer proposed. */
    private boolean workDirectionChosen;

    /** @param row the row to edit, or {@code null} for a new one */
    RowDialog(ProgrammePage page, PlanRow row) {
        this.page = page;
        this.row = row;
        this.responsible = StaffPicker.create(page.services().staff(), "row-responsible",
                "programmes.ui.plan.responsible");
        this.workDirection = new DirectionField(page.services().coreLists(), "row-work-direction", true);
        setId("row-dialog");
        setHeaderTitle(getTranslation(row == null ? "programmes.ui.plan.add" : "programmes.ui.plan.edit"));
        setWidth("48em");
        Programme p = page.programme();
        Forms.field(task, "row-task", "programmes.ui.plan.task");
        task.setItems(p.tasks());
        task.setItemLabelGenerator(t -> t == null ? "" : t.position() + ". " + t.text());
        Forms.field(target, "row-target", "programmes.ui.plan.target");
        ConfiguredList targets = page.lists().activityTargets();
        ConfiguredList directions = page.lists().helpDirections();
        target.setItems(targets.codesWith(row == null ? null : row.target()));
        target.setItemLabelGenerator(targets::label);
        Forms.field(direction, "row-direction", "programmes.ui.plan.direction");
        direction.setItems(withNone(directions.codesWith(row == null ? null : row.direction())));
        direction.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("programmes.ui.plan.noDirection")
                : directions.label(c));
        direction.setValue("");
        workDirection.setHelperText(getTranslation("programmes.ui.plan.workDirection.help"));
        target.addValueChangeListener(e -> proposeWorkDirection());
        direction.addValueChangeListener(e -> proposeWorkDirection());
        workDirection.addValueChangeListener(e -> workDirectionChosen |= e.isFromClient());
        Dates.min(from, p.start());
        Dates.max(from, p.end());
        Dates.min(to, p.start());
        Dates.max(to, p.end());
        to.setHelperText(getTranslation("programmes.ui.plan.to.help"));
        if (row != null) {
            fill(row);
        } else {
            proposeWorkDirection();
        }
        var layout = Forms.form(activity, form, task, target, participants, responsible, from, to, planned,
                direction, workDirection);
        layout.setColspan(planned, 2);
        add(layout);
        getFooter().add(Forms.button("row-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("row-save", "core.kit.common.save", this::save));
    }

    private void fill(PlanRow r) {
        activity.setValue(r.activity());
        form.setValue(r.form());
        page.programme().tasks().stream().filter(t -> t.id() == r.taskId()).findFirst().ifPresent(task::setValue);
        target.setValue(r.target());
        participants.setValue(r.participants());
        StaffPicker.select(responsible, page.services().staff(), r.responsibleId());
        from.setValue(r.from());
        to.setValue(r.to());
        planned.setValue(r.plannedResult());
        direction.setValue(r.direction() == null ? "" : r.direction());
        workDirection.setCode(r.workDirection());
    }

    /**
     * Proposes the direction of work the service would derive (a row for the parents or the staff is counselling,
     * social help social protection, medical help prevention, other work with the pupil correctional), until the
     * user chooses one; an edited row keeps its own.
     */
    private void proposeWorkDirection() {
        if (row != null || workDirectionChosen) {
            return;
        }
        String t = target.getValue();
        String h = direction.getValue() == null ? "" : direction.getValue();
        String code = "parents".equals(t) || "staff".equals(t) ? "counselling" : "social".equals(h)
                ? "social-protection" : "medical".equals(h) ? "prevention" : "correction";
        if (workDirection.getListDataView().contains(code)) {
            workDirection.setValue(code);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("activity", activity);
        m.put("form", form);
        m.put("taskId", task);
        m.put("target", target);
        m.put("participants", participants);
        m.put("responsibleId", responsible);
        m.put("from", from);
        m.put("to", to);
        m.put("plannedResult", planned);
        m.put("direction", direction);
        m.put("workDirection", workDirection);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input at once
        List<HasValidation> missing = new ArrayList<>();
        if (activity.getValue().isBlank()) {
            missing.add(activity);
        }
        if (task.getValue() == null) {
            missing.add(task);
        }
        if (target.getValue() == null || target.getValue().isBlank()) {
            missing.add(target);
        }
        if (from.getValue() == null) {
            missing.add(from);
        }
        if (workDirection.code().isEmpty()) {
            missing.add(workDirection);
        }
        if (!missing.isEmpty()) {
            missing.forEach(Failures::required);
            return;
        }
        PlanRowDraft draft = new PlanRowDraft(activity.getValue().strip(), form.getValue().strip(),
                task.getValue().id(), target.getValue(), participants.getValue().strip(),
                responsible.getValue() == null ? null : responsible.getValue().id(), from.getValue(), to.getValue(),
                planned.getValue().strip(), direction.getValue() == null ? "" : direction.getValue(),
                workDirection.code());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (row == null) {
                page.services().plan().addRow(page.programme().id(), draft);
            } else {
                page.services().plan().updateRow(row.id(), row.version(), draft);
            }
            Notifications.success(getTranslation("programmes.ui.plan.saved"));
            close();
            page.reload().run();
        });
    }

    private static List<String> withNone(List<String> codes) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(codes);
        return all;
    }
}
