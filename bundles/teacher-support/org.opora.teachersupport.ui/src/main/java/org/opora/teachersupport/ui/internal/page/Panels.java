package org.opora.teachersupport.ui.internal.page;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.opora.core.kit.Grids;

/** The grids of the record's tabs look alike: wrapped text, columns weighted, dates of a fixed width. */
final class Panels {

    private Panels() {
    }

    static <T> Grid<T> grid(String id, String emptyKey) {
        Grid<T> grid = Grids.grid(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(UI.getCurrent().getTranslation(emptyKey));
        return grid;
    }

    static <T> Grid.Column<T> text(Grid.Column<T> column, String headerKey, int weight) {
        return column.setHeader(UI.getCurrent().getTranslation(headerKey)).setWidth("7rem").setFlexGrow(weight)
                .setResizable(true);
    }

    static <T> Grid.Column<T> fixed(Grid.Column<T> column, String headerKey, String width) {
        return column.setHeader(UI.getCurrent().getTranslation(headerKey)).setWidth(width).setFlexGrow(0)
                .setResizable(true);
    }
}
