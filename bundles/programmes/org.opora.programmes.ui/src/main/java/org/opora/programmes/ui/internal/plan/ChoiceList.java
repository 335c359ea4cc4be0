package org.opora.programmes.ui.internal.plan;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.kit.Forms;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.ui.internal.common.ConfiguredList;

/**
 * The parents' choices being written (001 section 4.4: lessons, activities and forms of work from the main
 * educational programme): each a line with its kind from the school's list, what it is, the hours a week it adds
 * and a note; lines are added and removed. A choice keeps its id when edited. The service's objection to the
 * choices is shown under the list; every change of the hours is reported, so the total load stays in sight.
 */
class ChoiceList extends Div implements HasValidation {

    private static final long serialVersionUID = 1L;
    private static final int TITLE_MAX = 500;
    private static final int NOTE_MAX = 1000;

    /** A choice being written; {@code id} is 0 for a new one. */
    private static final class Line {
        private final long id;
        private String kind;
        private String title;
        private Integer hours;
        private String note;

        Line(long id, String kind, String title, Integer hours, String note) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.hours = hours;
            this.note = note;
        }

        boolean empty() {
            return kind == null && title.isBlank() && (hours == null || hours == 0) && note.isBlank();
        }
    }

    private final transient ConfiguredList kinds;
    private final transient Runnable hoursChanged;
    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();
    private final Span error = new Span();
    private boolean invalid;

    /**
     * @param choices      the choices written so far
     * @param kinds        the kinds of a choice the school configured
     * @param hoursChanged told when the added hours may have changed
     */
    ChoiceList(List<PlanChoice> choices, ConfiguredList kinds, Runnable hoursChanged) {
        this.kinds = kinds;
        this.hoursChanged = hoursChanged;
        setId("plan-choice-list");
        setWidthFull();
        choices.forEach(c -> lines.add(new Line(c.id(), c.kind(), c.title(), c.weeklyHours(), c.note())));
        Span label = new Span(getTranslation("programmes.ui.iplan.choices"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        error.setId("plan-choice-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        Button add = Forms.button("plan-choice-add", "programmes.ui.iplan.choice.add", () -> {
            lines.add(new Line(0, null, "", null, ""));
            render();
        });
        add.setIcon(VaadinIcon.PLUS.create());
        add(label, rows, error, add);
        render();
    }

    /** The choices as written, in order; lines left entirely empty are left out. */
    List<PlanChoice> choices() {
        return lines.stream().filter(l -> !l.empty()).map(l -> new PlanChoice(l.id, l.kind, l.title.strip(),
                l.hours == null ? 0 : l.hours, l.note.strip())).toList();
    }

    /** The hours a week the choices add. */
    int addedHours() {
        return lines.stream().mapToInt(l -> l.hours == null ? 0 : l.hours).sum();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(i, lines.get(i)));
        }
        hoursChanged.run();
    }

    private HorizontalLayout row(int index, Line line) {
        int n = index + 1;
        Select<String> kind = new Select<>();
        kind.setId("plan-choice-kind-" + n);
        kind.setAriaLabel(getTranslation("programmes.ui.plan.choice.kind"));
        kind.setPlaceholder(getTranslation("programmes.ui.plan.choice.kind"));
        kind.setItems(kinds.codesWith(line.kind));
        kind.setItemLabelGenerator(kinds::label);
        kind.setValue(line.kind);
        kind.setWidth("12em");
        kind.addValueChangeListener(e -> line.kind = e.getValue());
        TextField title = new TextField();
        title.setId("plan-choice-title-" + n);
        title.setPlaceholder(getTranslation("programmes.ui.plan.choice.title"));
        title.setAriaLabel(getTranslation("programmes.ui.plan.choice.title"));
        title.setMaxLength(TITLE_MAX);
        title.setValue(line.title);
        title.addValueChangeListener(e -> line.title = e.getValue());
        IntegerField hours = new IntegerField();
        hours.setId("plan-choice-hours-" + n);
        hours.setPlaceholder(getTranslation("programmes.ui.iplan.choice.hours"));
        hours.setAriaLabel(getTranslation("programmes.ui.plan.choice.hours"));
        hours.setMin(0);
        hours.setStepButtonsVisible(true);
        hours.setWidth("8em");
        hours.setValue(line.hours);
        hours.setValueChangeMode(ValueChangeMode.EAGER);
        hours.addValueChangeListener(e -> {
            line.hours = e.getValue();
            hoursChanged.run();
        });
        TextField note = new TextField();
        note.setId("plan-choice-note-" + n);
        note.setPlaceholder(getTranslation("programmes.ui.plan.choice.note"));
        note.setAriaLabel(getTranslation("programmes.ui.plan.choice.note"));
        note.setMaxLength(NOTE_MAX);
        note.setValue(line.note);
        note.addValueChangeListener(e -> line.note = e.getValue());
        HorizontalLayout row = new HorizontalLayout(new Span(n + "."), kind, title, hours, note,
                Forms.rowButton("plan-choice-remove-" + n, VaadinIcon.TRASH, "programmes.ui.common.remove", () -> {
                    lines.remove(index);
                    render();
                }));
        row.setId("plan-choice-" + n);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(2, title);
        row.setFlexGrow(1, note);
        return row;
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
