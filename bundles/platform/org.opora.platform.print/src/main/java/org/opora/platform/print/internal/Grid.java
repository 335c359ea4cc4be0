package org.opora.platform.print.internal;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block.Align;

/**
 * Rows of bordered cells across the content width, columns sized by weight and widened to their longest word. Tables and field lists are both
 * grids. A row moves whole to the next page when it does not fit; only a row taller than a page is split.
 */
final class Grid {

    private final Canvas canvas;
    private final Typography typography;
    private final float[] x;
    private final float[] widths;

    Grid(Canvas canvas, Typography typography, float[] weights) {
        this(canvas, typography, weights, new float[weights.length]);
    }

    /**
     * @param needs the width each column needs for its longest word (see {@link ColumnWidths}); zeros for the
     *              columns shared by weight alone
     */
    Grid(Canvas canvas, Typography typography, float[] weights, float[] needs) {
        this.canvas = canvas;
        this.typography = typography;
        this.x = new float[weights.length];
        this.widths = ColumnWidths.fit(canvas.width(), weights, needs);
        float cx = canvas.left();
        for (int i = 0; i < weights.length; i++) {
            x[i] = cx;
            cx += widths[i];
        }
    }

    /** Wraps the texts of a row into their columns. */
    GridRow row(List<String> texts, TextStyle style, Align align, float fill) {
        List<List<TextLine>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(typography.wrap(texts.get(i), style, widths[i] - 2 * GridRow.PADDING));
        }
        return new GridRow(cells, style, align, fill);
    }

    /**
     * Draws the row at the cursor, on the next page if it does not fit here.
     *
     * @param reserved   height that {@code afterBreak} takes on a new page (a repeated header row)
     * @param afterBreak runs at the top of every new page the row starts, before the row
     */
    void flow(GridRow row, float reserved, Runnable afterBreak) {
        GridRow rest = row;
        boolean broke = false;
        while (!canvas.fits(rest.height())) {
            boolean fitsFreshPage = rest.height() <= canvas.capacity() - reserved;
            int lines = fitsFreshPage ? 0 : rest.linesFitting(canvas.remaining());
            if (lines == 0 && broke) {
                lines = 1; // not even one line fits an empty page: draw it anyway rather than loop
            }
            if (lines > 0) {
                draw(rest.head(lines));
                rest = rest.tail(lines);
            }
            canvas.newPage();
            afterBreak.run();
            broke = true;
        }
        draw(rest);
    }

    /** Draws the row at the cursor without looking at the room left. */
    void draw(GridRow row) {
        float top = canvas.y();
        float height = row.height();
        float bottom = top - height;
        for (int i = 0; i < x.length; i++) {
            if (row.fill() >= 0) {
                canvas.fillRect(x[i], bottom, widths[i], height, row.fill());
            }
            // centred rows (the header) centre vertically too, the way a heading row of a form is set
            float lineTop = top - GridRow.PADDING - (row.align() == Align.CENTER
                    ? (row.lines() - row.cells().get(i).size()) * row.style().leading() / 2 : 0);
            for (TextLine line : row.cells().get(i)) {
                canvas.line(line, row.style(), x[i] + GridRow.PADDING, widths[i] - 2 * GridRow.PADDING,
                        row.align(), lineTop);
                lineTop -= row.style().leading();
            }
            canvas.strokeRect(x[i], bottom, widths[i], height);
        }
        canvas.down(height);
    }
}
