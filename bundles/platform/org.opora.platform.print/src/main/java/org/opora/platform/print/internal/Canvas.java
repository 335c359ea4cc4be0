package org.opora.platform.print.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.opora.platform.api.print.Block.Align;

/**
 * The page being filled and a cursor moving down it. Block layouts ask for room with {@link #ensure}, draw at
 * the cursor and move it with {@link #down}; a new page starts when the room runs out. Coordinates are PDF
 * points with the origin at the bottom left; {@link #y()} is the top of the next thing to draw.
 */
final class Canvas implements AutoCloseable {

    /** Thin rules, as on a printed form; heavier lines look like a spreadsheet. */
    private static final float RULE = 0.5f;
    /** Tolerance for the rounding of summed line heights. */
    private static final float EPSILON = 0.01f;

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;
    private boolean blank;

    Canvas(PDDocument document) {
        this.document = document;
        newPage();
    }

    float left() {
        return PageFormat.left();
    }

    float right() {
        return PageFormat.right();
    }

    float width() {
        return PageFormat.contentWidth();
    }

    float y() {
        return y;
    }

    /** Height left on this page. */
    float remaining() {
        return y - PageFormat.bottom();
    }

    /** Height of an empty page. */
    float capacity() {
        return PageFormat.top() - PageFormat.bottom();
    }

    boolean fits(float height) {
        return height <= remaining() + EPSILON;
    }

    /** Nothing drawn on this page yet. */
    boolean blank() {
        return blank;
    }

    /** Starts a new page unless the height fits here; a blank page is kept, more room cannot be had. */
    void ensure(float height) {
        if (!fits(height) && !blank) {
            newPage();
        }
    }

    /** Moves the cursor down, not below the bottom margin; the next {@link #ensure} then breaks the page. */
    void down(float height) {
        y = Math.max(y - height, PageFormat.bottom());
    }

    /** Space between blocks; none at the top of a page, where it would only push the text down. */
    void gap(float height) {
        if (!blank) {
            down(height);
        }
    }

    /** An explicit page break; two in a row (or one after an automatic break) give no empty page. */
    void pageBreak() {
        if (!blank) {
            newPage();
        }
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(PageFormat.SIZE);
        document.addPage(page);
        io(() -> {
            stream = new PDPageContentStream(document, page);
            stream.setLineWidth(RULE);
        });
        y = PageFormat.top();
        blank = true;
    }

    /** Draws one line in a box of the given width whose top is {@code top}. */
    void line(TextLine line, TextStyle style, float x, float width, Align align, float top) {
        float baseline = style.baseline(top);
        float textWidth = style.width(line.text());
        switch (align) {
            case CENTER -> text(style, x + (width - textWidth) / 2, baseline, line.text());
            case RIGHT -> text(style, x + width - textWidth, baseline, line.text());
            case JUSTIFY -> justified(line, style, x, width, baseline);
            default -> text(style, x, baseline, line.text());
        }
    }

    /** Stretches the word gaps to fill the width; the last line of a paragraph stays ragged, as in print. */
    private void justified(TextLine line, TextStyle style, float x, float width, float baseline) {
        List<String> words = List.of(line.text().split(" "));
        if (line.last() || words.size() < 2) {
            text(style, x, baseline, line.text());
            return;
        }
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += style.width(word);
        }
        // per-word placement: the PDF word-spacing operator does not apply to two-byte (Type 0) fonts
        float gap = (width - wordsWidth) / (words.size() - 1);
        float cx = x;
        for (String word : words) {
            text(style, cx, baseline, word);
            cx += style.width(word) + gap;
        }
    }

    void text(TextStyle style, float x, float baseline, String text) {
        io(() -> style.show(stream, x, baseline, text));
        blank = false;
    }

    void strokeRect(float x, float bottom, float width, float height) {
        io(() -> {
            stream.addRect(x, bottom, width, height);
            stream.stroke();
        });
        blank = false;
    }

    /** Fills a rectangle in a grey level (0 black, 1 white) without changing the colour of later text. */
    void fillRect(float x, float bottom, float width, float height, float gray) {
        io(() -> {
            stream.saveGraphicsState();
            stream.setNonStrokingColor(gray);
            stream.addRect(x, bottom, width, height);
            stream.fill();
            stream.restoreGraphicsState();
        });
        blank = false;
    }

    /** Draws a picture with its bottom left corner at ({@code x}, {@code bottom}). */
    void image(PDImageXObject picture, float x, float bottom, float width, float height) {
        io(() -> stream.drawImage(picture, x, bottom, width, height));
        blank = false;
    }

    @Override
    public void close() {
        closeStream();
    }

    private void closeStream() {
        if (stream != null) {
            io(stream::close);
            stream = null;
        }
    }

    /** PDFBox writes to memory here, so its IOExceptions are unexpected: they travel unchecked to the renderer. */
    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
