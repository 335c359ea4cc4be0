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
 * that it prints sharply; a chart is never split across pages.
 */
final class ChartBlock {

    /** Height as a share of the width: the page shows charts in the same proportion. */
    static final double ASPECT = 0.5;
    private static final double PRINT_SCALE = 3;

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
        BufferedImage image = ChartPainter.image(chart, Math.round(width), Math.round(height), PRINT_SCALE);
        try {
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            canvas.image(picture, canvas.left(), canvas.y() - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas.down(height);
    }
}
