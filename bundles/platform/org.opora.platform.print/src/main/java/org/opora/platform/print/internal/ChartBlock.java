package org.opora.platform.print.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.opora.platform.api.print.Block;

/**
 * Lays a {@link Block.Chart} out across the content width, half as high, drawn at three times the point size so
 * that it prints sharply; a chart is never split across pages. The chart is laid out as the page lays it out —
 * {@link #LAYOUT_WIDTH} logical pixels wide — and scaled to the content width, so the printed picture is the page's
 * picture: texts of 12 px become about 8.5 pt, and a horizontal bar chart's wrapped names have the room they have on
 * the page instead of overlapping in a chart laid out at the narrower point width.
 */
final class ChartBlock {

    /** Height as a share of the width: the page shows charts in the same proportion. */
    static final double ASPECT = 0.5;
    private static final double PRINT_SCALE = 3;
    /** The width in logical pixels the page shows a chart at (the report page's chart size). */
    static final int LAYOUT_WIDTH = 720;

    private final Canvas canvas;
    private final PDDocument document;

    ChartBlock(Canvas canvas, PDDocument document) {
        this.canvas = canvas;
        this.document = document;
    }

    void render(Block.Chart chart) {
        float width = canvas.width();
        float height = (float) (width * ASPECT);
        canvas.ensure(height);
        double scale = Math.min(4, Math.max(1, PRINT_SCALE * width / LAYOUT_WIDTH));
        BufferedImage image = ChartPainter.image(chart, LAYOUT_WIDTH, (int) Math.round(LAYOUT_WIDTH * ASPECT), scale);
        try {
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            canvas.image(picture, canvas.left(), canvas.y() - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas.down(height);
    }
}
