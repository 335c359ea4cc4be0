package org.opora.core.ui.internal.exchange;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.exchange.ImportKind;
import org.opora.core.kit.Grids;

/** What a file of the chosen kind must look like: a short explanation and a table of its column headers. */
class ImportHelp extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Paragraph text = new Paragraph();
    private final Grid<String> columns = Grids.grid("import-columns");
    private ImportKind kind = ImportKind.PUPILS;

    ImportHelp() {
        setId("import-help");
        setPadding(false);
        text.setId("import-help-text");
        Grids.column(columns, c -> getTranslation(key(c)), "core.ui.import.column").setFlexGrow(0)
                .setWidth("14em");
        Grids.column(columns, c -> getTranslation(key(c) + ".note"), "core.ui.import.columnNote").setFlexGrow(1);
        columns.setAllRowsVisible(true);
        // the notes wrap, so the table fits the page on a 1280-px screen instead of being cut off
        columns.setWidthFull();
        columns.setMaxWidth("60em");
        columns.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(text, columns);
    }

    void show(ImportKind shown) {
        kind = shown;
        text.setText(getTranslation("core.ui.import.help." + shown.name()));
        columns.setItems(ImportColumns.of(shown));
    }

    private String key(String column) {
        return "core.ui.import.column." + kind.name() + "." + column;
    }
}
