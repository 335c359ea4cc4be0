package org.opora.patronage.ui.internal.page;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.TeamMember;
import org.opora.patronage.ui.internal.common.DayDialog;

/**
 * The micro-team and specialists tab (regulation 003 sections 2.2, 3.2, 3.3): the staff who work with the pupil,
 * with what each does and since when; and the specialists involved (the psychologist, the school inspector, the
 * doctor, the social pedagogue ...) with the request and its outcome. The coordinator and the curators form the
 * team and involve specialists; the specialist asked records the outcome.
 */
class TeamPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;

    TeamPanel(CasePage page) {
        this.page = page;
        setId("patronage-team");
        setPadding(false);
        add(new H4(getTranslation("patronage.ui.team.title")));
        if (page.plans()) {
            Button add = Forms.button("patronage-add-member", "patronage.ui.team.add",
                    () -> new MemberDialog(page).open());
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        add(members(Failures.read(() -> page.services().team().members(page.id()), List.<TeamMember>of())));
        add(new H4(getTranslation("patronage.ui.assignment.title")));
        if (page.plans()) {
            Button assign = Forms.button("patronage-assign-specialist", "patronage.ui.assignment.add",
                    () -> new AssignmentDialog(page).open());
            assign.setIcon(VaadinIcon.PLUS.create());
            add(assign);
        }
        add(assignments(Failures.read(() -> page.services().team().assignments(page.id()),
                List.<Assignment>of())));
    }

    private Grid<TeamMember> members(List<TeamMember> list) {
        Grid<TeamMember> grid = Grids.grid("patronage-team-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, TeamMember::name, "patronage.ui.team.name");
        Grids.column(grid, TeamMember::role, "patronage.ui.team.role");
        Grids.column(grid, m -> Dates.format(m.from()), "patronage.ui.team.from");
        Grids.column(grid, m -> Dates.format(m.to()), "patronage.ui.team.to");
        if (page.plans()) {
            grid.addComponentColumn(this::memberActions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.team.none"));
        return grid;
    }

    private Component memberActions(TeamMember m) {
        if (m.to() != null) {
            return new Span();
        }
        return Forms.rowButton("patronage-member-end-" + m.id(), VaadinIcon.SIGN_OUT, "patronage.ui.team.end",
                () -> new DayDialog(new DayDialog.Step("patronage-member-end",
                        getTranslation("patronage.ui.team.end.title", m.name()), "patronage.ui.team.end", null,
                        "patronage.ui.team.end.date", "to", null, null, null, null, "patronage.ui.team.ended",
                        (on, text) -> page.services().team().endMember(m.id(), m.version(), on), page.reload()))
                        .open());
    }

    private Grid<Assignment> assignments(List<Assignment> list) {
        Grid<Assignment> grid = Grids.grid("patronage-assignments-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, a -> page.settings().specialistLabel(a.specialistType()),
                "patronage.ui.assignment.type");
        Grids.column(grid, Assignment::specialist, "patronage.ui.assignment.specialist");
        grid.addColumn(Assignment::request).setHeader(getTranslation("patronage.ui.assignment.request"))
                .setWidth("12rem").setFlexGrow(3).setResizable(true);
        Grids.column(grid, a -> Dates.format(a.requestedOn()), "patronage.ui.assignment.requestedOn");
        grid.addColumn(Assignment::outcome).setHeader(getTranslation("patronage.ui.assignment.outcome"))
                .setWidth("12rem").setFlexGrow(3).setResizable(true);
        Grids.column(grid, a -> Dates.format(a.outcomeOn()), "patronage.ui.assignment.outcomeOn");
        grid.addComponentColumn(this::assignmentActions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.assignment.none"));
        return grid;
    }

    /** The outcome button, for who may record it while the request is open. */
    private Component assignmentActions(Assignment a) {
        if (!page.recordsOutcome(a)) {
            return new Span();
        }
        return Forms.rowButton("patronage-assignment-outcome-" + a.id(), VaadinIcon.CHECK,
                "patronage.ui.assignment.outcome.record",
                () -> new DayDialog(new DayDialog.Step("patronage-outcome",
                        getTranslation("patronage.ui.assignment.outcome.title", a.specialist()),
                        "patronage.ui.assignment.outcome.record", null, "patronage.ui.assignment.outcomeOn",
                        "outcomeOn", "text", "patronage.ui.assignment.outcome", "outcome", null,
                        "patronage.ui.assignment.outcome.recorded",
                        (on, text) -> page.services().team().recordOutcome(a.id(), a.version(), text, on),
                        page.reload())).open());
    }
}
