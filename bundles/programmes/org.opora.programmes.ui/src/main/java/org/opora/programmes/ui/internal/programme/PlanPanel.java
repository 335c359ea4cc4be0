package org.opora.programmes.ui.internal.programme;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.ui.kit.Confirm;
import org.opora.core.ui.kit.Dates;
import org.opora.core.ui.kit.Failures;
import org.opora.core.ui.kit.Forms;
import org.opora.core.ui.kit.Grids;
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

    PlanPanel(ProgrammePage page) {
        this.page = page;
        Programme p = page.programme();
        this.rows = Failures.read(() -> page.services().programmes().plan(p.id()), List.of());
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
     * The seven columns of the form's plan table and the task and target of each row. Long texts wrap inside
     * their cells; the short ones (number, responsible, period, target) keep a fixed width.
     */
    private Grid<PlanRow> grid() {
        Grid<PlanRow> grid = Grids.grid("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, PlanRow::position, "programmes.ui.plan.number").setAutoWidth(false).setWidth("4em")
                .setFlexGrow(0);
        text(Grids.column(grid, r -> r.form().isEmpty() ? r.activity() : r.activity() + " (" + r.form() + ")",
                "programmes.ui.plan.activity"), 3);
        text(Grids.column(grid, PlanRow::participants, "programmes.ui.plan.participants"), 2);
        Grids.column(grid, PlanRow::responsibleName, "programmes.ui.plan.responsible").setAutoWidth(false)
                .setWidth("12em").setFlexGrow(0);
        Grids.column(grid, this::period, "programmes.ui.plan.period").setAutoWidth(false).setWidth("11em")
                .setFlexGrow(0);
        text(Grids.column(grid, PlanRow::plannedResult, "programmes.ui.plan.planned"), 3);
        text(grid.addComponentColumn(this::result).setHeader(getTranslation("programmes.ui.plan.result"))
                .setResizable(true), 3);
        text(Grids.column(grid, this::task, "programmes.ui.plan.task"), 2);
        Grids.column(grid, r -> page.lists().activityTargets().label(r.target()), "programmes.ui.plan.target")
                .setAutoWidth(false).setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.plan.none"));
        return grid;
    }

    /** A column of running text: it shares the width by its weight and wraps. */
    private static void text(Grid.Column<PlanRow> column, int weight) {
        column.setAutoWidth(false).setWidth("10em").setFlexGrow(weight);
    }

    private String period(PlanRow r) {
        return r.to() == null || r.to().equals(r.from()) ? Dates.format(r.from())
                : ProgrammeTexts.period(r.from(), r.to());
    }

    private String task(PlanRow r) {
        return page.programme().tasks().stream().filter(t -> t.id() == r.taskId()).findFirst()
                .map(t -> t.position() + ". " + t.text()).orElse("");
    }

    /** The seventh column: the actual result, the completion mark and the recommendations; overdue rows say so. */
    private Component result(PlanRow r) {
        Span text = new Span();
        text.setId("row-result-" + r.position());
        text.getStyle().set("white-space", "pre-line");
        if (r.done()) {
            String mark = getTranslation("programmes.ui.plan.doneMark", Dates.format(r.doneOn()), r.doneBy());
            text.setText(String.join("\n", List.of(r.actualResult(), mark, r.recommendations()).stream()
                    .filter(s -> s != null && !s.isEmpty()).toList()));
        } else if (r.overdueOn(LocalDate.now())) {
            text.setText(getTranslation("programmes.ui.plan.overdue"));
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return text;
    }

    private Component actions(PlanRow r) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        int n = r.position();
        if (page.mayMarkDone(r)) {
            box.add(Forms.button("row-done-" + n, "programmes.ui.plan.markDone", () -> new DoneDialog(page, r).open()));
        }
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
        try {
            page.services().programmes().moveRow(r.id(), position);
            page.reload().run();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    private void remove(PlanRow r) {
        Confirm.ask("row-remove-dialog", getTranslation("programmes.ui.plan.remove.title", r.position()),
                getTranslation("programmes.ui.plan.remove.text", r.activity()),
                getTranslation("programmes.ui.common.remove"), () -> {
                    try {
                        page.services().programmes().removeRow(r.id());
                        Notifications.success(getTranslation("programmes.ui.plan.removed"));
                        page.reload().run();
                    } catch (RuntimeException e) {
                        Failures.show(e);
                    }
                });
    }
}
