package org.opora.core.kit;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

import org.osgi.annotation.versioning.ConsumerType;

/** Grids the way every module's views show them: striped, lazy for lists that grow, columns with translated headers. */
public final class Grids {

    private Grids() {
    }

    /** One page of a service's list; the views implement it, usually as a lambda. */
    @ConsumerType
    @FunctionalInterface
    public interface Page<T> {
        List<T> fetch(int offset, int limit);
    }

    /** A striped grid with the id. */
    public static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return grid;
    }

    /**
     * Lets the grid fetch one page at a time from the service. A failing service shows its message once and an
     * empty list instead of breaking the page.
     */
    public static <T> void lazy(Grid<T> grid, Page<T> page, IntSupplier count) {
        grid.setItems(q -> {
            int offset = q.getOffset();
            int limit = q.getLimit();
            return Failures.read(() -> page.fetch(offset, limit).stream(), Stream.empty());
        }, q -> Failures.read(count::getAsInt, 0));
    }

    /** A text column with a translated header that takes the room it needs. */
    public static <T> Grid.Column<T> column(Grid<T> grid, ValueProvider<T, ?> value, String headerKey) {
        return grid.addColumn(value).setHeader(UI.getCurrent().getTranslation(headerKey)).setAutoWidth(true)
                .setResizable(true);
    }
}
