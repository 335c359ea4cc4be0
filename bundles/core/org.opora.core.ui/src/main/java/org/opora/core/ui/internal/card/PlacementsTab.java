package org.opora.core.ui.internal.card;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.pupil.Placement;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.kit.Grids;

/** The classes-by-year tab: the class the pupil was in in each academic year, newest first. */
class PlacementsTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    PlacementsTab(PupilCard card) {
        setId("pupil-placements");
        setPadding(false);
        Grid<Placement> grid = Grids.grid("placements-grid");
        Grids.column(grid, p -> p.year().label(), "core.ui.common.year");
        Grids.column(grid, Placement::className, "core.ui.pupil.class");
        grid.setItems(card.placements());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("core.ui.card.placements.none"));
        add(grid);
    }
}
