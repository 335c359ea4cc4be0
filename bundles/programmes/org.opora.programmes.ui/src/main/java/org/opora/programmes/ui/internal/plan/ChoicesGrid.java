package org.opora.programmes.ui.internal.plan;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Grids;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.ui.internal.common.ConfiguredList;

/**
 * The parents' choices (001 section 4.4): what kind, what, the hours a week it adds and a note, and the weekly hours
 * of the curriculum against the total with the choices.
 */
class ChoicesGrid extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    ChoicesGrid(IndividualPlan plan, ConfiguredList kinds) {
        setPadding(false);
        Grid<PlanChoice> grid = Grids.grid("plan-choices");
        Grids.column(grid, c -> kinds.label(c.kind()), "programmes.ui.plan.choice.kind");
        Grids.column(grid, PlanChoice::title, "programmes.ui.plan.choice.title").setAutoWidth(false)
                .setWidth("12rem").setFlexGrow(3);
        Grids.column(grid, PlanChoice::weeklyHours, "programmes.ui.plan.choice.hours");
        Grids.column(grid, PlanChoice::note, "programmes.ui.plan.choice.note").setAutoWidth(false).setWidth("8rem")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(plan.choices());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.plan.choice.none"));
        Paragraph hours = new Paragraph(getTranslation("programmes.ui.plan.hours", plan.curriculumHours(),
                plan.weeklyHours()));
        hours.setId("plan-hours");
        add(grid, hours);
    }
}
