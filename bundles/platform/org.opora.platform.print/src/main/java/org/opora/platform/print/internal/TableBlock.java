package org.opora.platform.print.internal;

import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Column;
import org.opora.platform.api.print.Block.Table;

/**
 * A bordered table whose header row is repeated at the top of every page the table continues on. The columns keep
 * their weights where the words fit and are widened to their longest word where not ({@link ColumnWidths}); when the
 * longest words of all columns do not fit the page together, the table is set a size smaller, down to
 * {@link Typography#TABLE_SIZES}' last, so a word is broken only when it is wider than even that allows (a seven-column
 * form on a portrait page).
 */
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

    /**
     * What each column needs for its longest word, in the header's bold and the cells' regular type of the size.
     */
    private float[] needs(Table table, List<String> headers, float size) {
        float[] needs = new float[headers.size()];
        for (int i = 0; i < needs.length; i++) {
            int column = i;
            List<String> cells = table.rows().stream().map(r -> column < r.size() ? typography.clean(r.get(column))
                    : "").toList();
            float word = Math.max(ColumnWidths.longestWord(List.of(typography.clean(headers.get(i))),
                    typography.cell(true, size)), ColumnWidths.longestWord(cells, typography.cell(false, size)));
            needs[i] = word + 2 * GridRow.PADDING;
        }
        return needs;
    }

    /** The largest of the table sizes at which the longest words of all columns fit the width; the smallest else. */
    private float size(Table table, List<String> headers) {
        for (float size : Typography.TABLE_SIZES) {
            float sum = 0;
            for (float need : needs(table, headers, size)) {
                sum += need;
            }
            if (sum <= canvas.width()) {
                return size;
            }
        }
        return Typography.TABLE_SIZES[Typography.TABLE_SIZES.length - 1];
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
        List<String> headers = columns.stream().map(Column::header).toList();
        float size = size(table, headers);
        Grid grid = new Grid(canvas, typography, weights, needs(table, headers, size));
        GridRow header = headers.stream().allMatch(String::isBlank) ? null
                : grid.row(headers, typography.cell(true, size), Align.CENTER, HEADER_FILL);
        float headerHeight = header == null ? 0 : header.height();

        List<GridRow> rows = table.rows().stream()
                .map(cells -> grid.row(cells, typography.cell(false, size), Align.LEFT, NO_FILL)).toList();
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
