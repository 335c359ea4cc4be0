package org.opora.patronage.ui.internal.page;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.ReferenceList;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.ui.internal.common.DayDialog;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.ui.api.Notifications;

/**
 * The curator's work plan (regulation 003 section 3.3: the curator plans the work): each activity with its form of
 * work, the period, the responsible staff member, the kind of help (psychological and pedagogical, social, medical),
 * the planned and the actual result and the day it was done; a row past its period and not done is marked overdue.
 * The curators and the coordinator add, correct and remove rows not yet done; they or the responsible staff member
 * mark a row done with the actual result.
 */
class PlanPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient Labels directions;

    PlanPanel(CasePage page) {
        this.page = page;
        this.directions = Labels.of(page.services().coreLists(), ReferenceList.DIRECTIONS,
                UI.getCurrent().getLocale());
        setId("patronage-plan");
        setPadding(false);
        if (page.plans()) {
            Button add = Forms.primary("patronage-add-row", "patronage.ui.plan.add",
                    () -> new RowDialog(page, null).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        } else if (page.patronageCase().open()) {
            // who reads the plan but may not keep it is told who does (003 section 3.3), naming the curators
            List<String> curators = page.patronageCase().curators();
            Paragraph who = new Paragraph(curators.isEmpty() ? getTranslation("patronage.ui.plan.keptByNoCurator")
                    : getTranslation("patronage.ui.plan.keptBy", String.join(", ", curators)));
            who.setId("patronage-plan-read-only");
            add(who);
        }
        add(grid(Failures.read(() -> page.services().plan().plan(page.id()), List.<WorkItem>of())));
    }

    private Grid<WorkItem> grid(List<WorkItem> rows) {
        Grid<WorkItem> grid = Grids.grid("patronage-plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(WorkItem::position).setHeader(getTranslation("patronage.ui.plan.number")).setWidth("3.5rem")
                .setFlexGrow(0);
        text(grid.addColumn(WorkItem::activity), "patronage.ui.plan.activity", 3);
        text(grid.addColumn(WorkItem::form), "patronage.ui.plan.form", 2);
        grid.addComponentColumn(this::period).setHeader(getTranslation("patronage.ui.plan.period"))
                .setWidth("9rem").setFlexGrow(0).setResizable(true);
        text(grid.addColumn(WorkItem::responsible), "patronage.ui.plan.responsible", 2);
        text(grid.addComponentColumn(this::help), "patronage.ui.plan.help", 2);
        text(grid.addColumn(WorkItem::plannedResult), "patronage.ui.plan.planned", 3);
        text(grid.addColumn(WorkItem::actualResult), "patronage.ui.plan.actual", 3);
        grid.addColumn(r -> Dates.format(r.doneOn())).setHeader(getTranslation("patronage.ui.plan.doneOn"))
                .setWidth("7rem").setFlexGrow(0).setResizable(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.plan.none"));
        return grid;
    }

    private void text(Grid.Column<WorkItem> column, String headerKey, int weight) {
        column.setHeader(getTranslation(headerKey)).setWidth("7rem").setFlexGrow(weight).setResizable(true);
    }

    /** The kind of help and, smaller below it, the row's direction of work (000 §3). */
    private Component help(WorkItem r) {
        Span work = new Span(getTranslation("patronage.ui.plan.directionIs", DirectionField.label(directions,
                r.direction())));
        work.setId("patronage-row-direction-" + r.position());
        work.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(new Div(new Span(PatronageTexts.help(r.help()))), new Div(work));
    }

    /** The date or the period; an overdue row says so in red below it. */
    private Component period(WorkItem r) {
        Div cell = new Div(new Span(PatronageTexts.period(r.from(), r.to() == null ? r.from() : r.to())));
        if (r.overdue()) {
            Span overdue = Marks.badge("patronage-row-overdue-" + r.position(),
                    getTranslation("patronage.ui.plan.overdue"), "badge error small");
            cell.add(new Div(overdue));
        }
        return cell;
    }

    private Component actions(WorkItem r) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        int n = r.position();
        if (page.marksDone(r)) {
            box.add(Forms.rowButton("patronage-row-done-" + n, VaadinIcon.CHECK, "patronage.ui.plan.markDone",
                    () -> markDone(r)));
        }
        if (page.plans() && !r.done()) {
            box.add(Forms.rowButton("patronage-row-edit-" + n, VaadinIcon.EDIT, "patronage.ui.plan.edit",
                    () -> new RowDialog(page, r).open()),
                    Forms.rowButton("patronage-row-remove-" + n, VaadinIcon.TRASH, "patronage.ui.plan.remove",
                            () -> remove(r)));
        }
        return box;
    }

    private void markDone(WorkItem r) {
        new DayDialog(new DayDialog.Step("patronage-done",
                getTranslation("patronage.ui.plan.markDone.title", r.position(), r.activity()),
                "patronage.ui.plan.markDone", null, "patronage.ui.plan.doneOn", "doneOn", "result",
                "patronage.ui.plan.actual", "actualResult", null, "patronage.ui.plan.done",
                (on, result) -> page.services().plan().markDone(r.id(), r.version(), on, result), page.reload()))
                .open();
    }

    private void remove(WorkItem r) {
        Confirm.ask("patronage-row-remove-dialog", getTranslation("patronage.ui.plan.remove.title", r.position()),
                getTranslation("patronage.ui.plan.remove.text", r.activity()),
                getTranslation("patronage.ui.plan.remove"), () -> Failures.on(Map.of(), page.reload())
                        .run(() -> {
                            page.services().plan().remove(r.id(), r.version());
                            Notifications.success(getTranslation("patronage.ui.plan.removed"));
                            page.reload().run();
                        }));
    }
}
