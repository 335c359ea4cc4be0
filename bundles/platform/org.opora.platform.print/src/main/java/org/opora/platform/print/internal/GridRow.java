package org.opora.platform.print.internal;

import java.util.ArrayList;
import java.util.List;

import org.opora.platform.api.print.Block.Align;

/**
 * One row of a {@link Grid}, wrapped and ready to draw. A row taller than a page is drawn in parts:
 * {@link #head} and {@link #tail} split it after a number of lines.
 *
 * @param cells lines of every cell, left to right
 * @param fill  background grey level, or a negative value for none
 */
record GridRow(List<List<TextLine>> cells, TextStyle style, Align align, float fill) {

    /** Space between the cell border and its text. */
    static final float PADDING = 3f;

    float height() {
        return lines() * style.leading() + 2 * PADDING;
    }

    /** How many lines of every cell fit into the height. */
    int linesFitting(float height) {
        return Math.max(0, (int) Math.floor((height - 2 * PADDING) / style.leading() + 0.001f));
    }

    GridRow head(int lines) {
        return slice(0, lines);
    }

    GridRow tail(int lines) {
        return slice(lines, Integer.MAX_VALUE);
    }

    /** Lines of the tallest cell. */
    int lines() {
        int max = 0;
        for (List<TextLine> cell : cells) {
            max = Math.max(max, cell.size());
        }
        return max;
    }

    private GridRow slice(int from, int to) {
        List<List<TextLine>> part = new ArrayList<>(cells.size());
        for (List<TextLine> cell : cells) {
            int start = Math.min(from, cell.size());
            part.add(cell.subList(start, Math.min(to, cell.size())));
        }
        return new GridRow(part, style, align, fill);
    }
}
