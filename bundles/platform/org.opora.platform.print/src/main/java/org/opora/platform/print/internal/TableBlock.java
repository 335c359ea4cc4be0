package org.opora.platform.print.internal;

import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Table;

/** A bordered table whose header row is repeated at the top of every page the table continues on. */
final class TableBlock {

    /** Light enough to vanish on a poor copier, dark enough to tell the header from the data. */
    private static final float HEADER_FILL = 0.9f;
    private static final float NO_FILL = -1f;

    private final Canvas canvas;
    private final Typography typography;

    TableBlock(Canvas canvas, Typography typography) {
        this.canvas = canvas;
        this.typography = typography;
    }

    void render(Table table) {
        List<Column> columns = table.columns();
        if (columns.isEmpty()) {
            return;
        }
        float[] weights = new float[columns.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = columns.get(i).weight();
        }
        Grid grid = new Grid(canvas, typography, weights);
        List<String> headers = columns.stream().map(Column::header).toList();
        GridRow header = headers.stream().allMatch(String::isBlank) ? null
                : grid.row(headers, typography.cell(true), Align.CENTER, HEADER_FILL);
        float headerHeight = header == null ? 0 : header.height();

        List<GridRow> rows = table.rows().stream()
                .map(cells -> grid.row(cells, typography.cell(false), Align.LEFT, NO_FILL)).toList();
        // a header alone at the foot of a page is useless: keep it with the first row (if that row fits a page)
        float firstRow = rows.isEmpty() ? 0 : Math.min(rows.get(0).height(), canvas.capacity() / 2);
        canvas.ensure(headerHeight + firstRow);
        Runnable repeatHeader = header == null ? () -> { } : () -> grid.draw(header);
        repeatHeader.run();
        for (GridRow row : rows) {
            grid.flow(row, headerHeight, repeatHeader);
        }
    }
}
