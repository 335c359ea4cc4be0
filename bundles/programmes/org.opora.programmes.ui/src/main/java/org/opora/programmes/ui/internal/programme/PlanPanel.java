package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Labels;
import org.opora.core.api.ReferenceList;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * The support plan tab: the seven columns of the 002 form (No., activity and its form, participants, responsible
 * specialist, date or period, planned result, the result with the completion mark and recommendations), plus the
 * task each row serves and whom it addresses. While the content may be written, rows are added, edited, moved and
 * removed; while support runs, the responsible specialist or the curator marks a row done.
 */
class PlanPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ProgrammePage page;
    private final transient List<PlanRow> rows;
    private final transient Labels directions;

    PlanPanel(ProgrammePage page) {
        this.directions = Labels.of(page.services().coreLists(), ReferenceList.DIRECTIONS, getLocale());
        this.page = page;
        Programme p = page.programme();
        this.rows = Failures.read(() -> page.services().plan().plan(p.id()), List.of());
        setId("programme-plan");
        setPadding(false);
        if (page.editable()) {
            Button add = Forms.primary("row-add", "programmes.ui.plan.add",
                    () -> new RowDialog(page, null).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        add(grid());
    }

    /**
     * The seven columns of the form's plan table; the task a row serves and whom it addresses are a second line of
     * the activity. Long texts wrap inside their cells; number, responsible and period keep a fixed width. Widths
     * are in rem: the header's smaller font would make em narrower in the header than in the rows.
     */
    private Grid<PlanRow> grid() {
        Grid<PlanRow> grid = Grids.grid("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PlanRow::position).setHeader(getTranslation("programmes.ui.plan.number")).setWidth("3.5rem")
                .setFlexGrow(0);
        text(grid.addComponentColumn(this::activity), "programmes.ui.plan.activity", 3);
        text(grid.addComponentColumn(r -> wrapped(r.participants())), "programmes.ui.plan.participants", 2);
        grid.addColumn(PlanRow::responsibleName).setHeader(getTranslation("programmes.ui.plan.responsible"))
                .setWidth("10rem").setFlexGrow(0).setResizable(true);
        grid.addColumn(this::period).setHeader(getTranslation("programmes.ui.plan.period")).setWidth("8.5rem")
                .setFlexGrow(0).setResizable(true);
        text(grid.addComponentColumn(r -> wrapped(r.plannedResult())), "programmes.ui.plan.planned", 2);
        text(grid.addComponentColumn(this::result), "programmes.ui.plan.result", 4);
        if (page.editable()) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.plan.none"));
        return grid;
    }

    /** A column of running text: it shares the width by its weight and wraps. */
    private void text(Grid.Column<PlanRow> column, String headerKey, int weight) {
        column.setHeader(getTranslation(headerKey)).setWidth("7rem").setFlexGrow(weight).setResizable(true);
    }

    /**
     * Running text that wraps anywhere when a word is longer than its column, so that a long word never widens a
     * cell beyond its header.
     */
    private static Span wrapped(String text) {
        Span span = new Span(text == null ? "" : text);
        span.getStyle().set("overflow-wrap", "anywhere");
        return span;
    }

    /** "Activity (form)" and, smaller, the task it serves and whom it addresses. */
    private Component activity(PlanRow r) {
        Span what = wrapped(r.form().isEmpty() ? r.activity() : r.activity() + " (" + r.form() + ")");
        String target = page.lists().activityTargets().label(r.target());
        Span why = wrapped(getTranslation("programmes.ui.plan.serves", taskNumber(r), target));
        why.setTitle(task(r));
        why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span work = new Span(getTranslation("programmes.ui.plan.workDirectionIs", DirectionField.label(directions,
                r.workDirection())));
        work.setId("row-work-direction-" + r.position());
        work.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div cell = new Div(what, new Div(why), new Div(work));
        cell.setId("row-activity-" + r.position());
        return cell;
    }

    private String period(PlanRow r) {
        return r.to() == null || r.to().equals(r.from()) ? Dates.format(r.from())
                : ProgrammeTexts.period(r.from(), r.to());
    }

    private String taskNumber(PlanRow r) {
        return page.programme().tasks().stream().filter(t -> t.id() == r.taskId()).findFirst()
                .map(t -> String.valueOf(t.position())).orElse("");
    }

    private String task(PlanRow r) {
        return page.programme().tasks().stream().filter(t -> t.id() == r.taskId()).findFirst()
                .map(t -> t.position() + ". " + t.text()).orElse("");
    }

    /**
     * The seventh column: the actual result, the completion mark and the recommendations; overdue rows say so; the
     * responsible specialist (or the curator) writes them with the button in the cell.
     */
    private Component result(PlanRow r) {
        Span text = new Span();
        text.setId("row-result-" + r.position());
        text.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        if (r.done()) {
            String mark = getTranslation("programmes.ui.plan.doneMark", Dates.format(r.doneOn()), r.doneBy());
            text.setText(String.join("\n", List.of(r.actualResult(), mark, r.recommendations()).stream()
                    .filter(s -> s != null && !s.isEmpty()).toList()));
        } else if (r.overdueOn(LocalDate.now())) {
            text.setText(getTranslation("programmes.ui.plan.overdue"));
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        if (!page.mayMarkDone(r)) {
            return text;
        }
        Button done = Forms.button("row-done-" + r.position(), "programmes.ui.plan.markDone",
                () -> new DoneDialog(page, r).open());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        done.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "start");
        Div cell = new Div(text, done);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)");
        return cell;
    }

    private Component actions(PlanRow r) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        int n = r.position();
        if (page.editable()) {
            box.add(Forms.rowButton("row-edit-" + n, VaadinIcon.EDIT, "programmes.ui.plan.edit",
                    () -> new RowDialog(page, r).open()),
                    Forms.rowButton("row-up-" + n, VaadinIcon.ARROW_UP, "programmes.ui.common.up",
                            () -> move(r, n - 1)),
                    Forms.rowButton("row-down-" + n, VaadinIcon.ARROW_DOWN, "programmes.ui.common.down",
                            () -> move(r, n + 1)),
                    Forms.rowButton("row-remove-" + n, VaadinIcon.TRASH, "programmes.ui.common.remove",
                            () -> remove(r)));
        }
        return box;
    }

    private void move(PlanRow r, int position) {
        if (position < 1 || position > rows.size()) {
            return;
        }
        Failures.run(() -> {
            page.services().plan().moveRow(r.id(), position);
            page.reload().run();
        });
    }

    private void remove(PlanRow r) {
        Confirm.ask("row-remove-dialog", getTranslation("programmes.ui.plan.remove.title", r.position()),
                getTranslation("programmes.ui.plan.remove.text", r.activity()),
                getTranslation("programmes.ui.common.remove"), () -> {
                    Failures.run(() -> {
                        page.services().plan().removeRow(r.id());
                        Notifications.success(getTranslation("programmes.ui.plan.removed"));
                        page.reload().run();
                    });
                });
    }
}
