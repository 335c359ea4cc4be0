package org.opora.programmes.ui.internal.programme;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Forms;
import org.opora.programmes.api.programme.Task;

/**
 * The tasks of support, in order: each task a line that may be moved up or down or removed, and a button that adds
 * one. A task keeps its id when edited or moved, so the plan rows that serve it stay with it. The service's
 * objection to the tasks (e.g. none written) is shown under the list.
 */
class TaskList extends Div implements HasValidation {

    private static final long serialVersionUID = 1L;
    private static final int TASK_MAX = 1000;

    /** A task being written: its id (0 for a new one) and its text. */
    private record Line(long id, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();
    private final Span error = new Span();
    private final Button add;
    private boolean readOnly;
    private boolean invalid;

    TaskList(List<Task> tasks) {
        setId("programme-tasks");
        setWidthFull();
        tasks.forEach(t -> lines.add(new Line(t.id(), t.text())));
        Span label = new Span(getTranslation("programmes.ui.form.tasks"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add = Forms.button("programme-task-add", "programmes.ui.form.taskAdd", () -> {
            lines.add(new Line(0, ""));
            render();
        });
        add.setIcon(VaadinIcon.PLUS.create());
        add(label, rows, error, add);
        render();
    }

    /** The tasks as written, in order, blank lines left out. */
    List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        for (Line l : lines) {
            if (!l.text().isBlank()) {
                tasks.add(new Task(l.id(), tasks.size() + 1, l.text().strip()));
            }
        }
        return tasks;
    }

    /** Takes over the given tasks when none is written yet (from the consilium's protocol); blank ones are left out. */
    void offer(List<String> texts) {
        if (!tasks().isEmpty()) {
            return;
        }
        lines.clear();
        texts.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(t -> lines.add(new Line(0, t)));
        render();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        render();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        int n = index + 1;
        TextField text = new TextField();
        text.setId("programme-task-" + n);
        text.setLabel(getTranslation("programmes.ui.form.taskN", n));
        text.setValue(lines.get(index).text());
        text.setPrefixComponent(new Span(n + "."));
        text.setMaxLength(TASK_MAX);
        text.setWidthFull();
        text.setReadOnly(readOnly);
        text.addValueChangeListener(e -> lines.set(index, new Line(lines.get(index).id(), e.getValue())));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!readOnly) {
            row.add(Forms.rowButton("programme-task-up-" + n, VaadinIcon.ARROW_UP, "programmes.ui.common.up",
                    () -> move(index, index - 1)),
                    Forms.rowButton("programme-task-down-" + n, VaadinIcon.ARROW_DOWN, "programmes.ui.common.down",
                            () -> move(index, index + 1)),
                    Forms.rowButton("programme-task-remove-" + n, VaadinIcon.TRASH, "programmes.ui.common.remove",
                            () -> {
                                lines.remove(index);
                                render();
                            }));
        }
        return row;
    }

    private void move(int from, int to) {
        if (to < 0 || to >= lines.size()) {
            return;
        }
        lines.add(to, lines.remove(from));
        render();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
