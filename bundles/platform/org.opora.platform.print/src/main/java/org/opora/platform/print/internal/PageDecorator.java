package org.opora.platform.print.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * The running marks of every page, drawn once the page count is known: the restriction mark at the top right
 * and "N / M" at the bottom centre.
 */
final class PageDecorator {

    private final PDDocument document;
    private final Typography typography;

    PageDecorator(PDDocument document, Typography typography) {
        this.document = document;
        this.typography = typography;
    }

    void decorate(String restrictionMark) throws IOException {
        TextStyle style = typography.marginalia();
        List<TextLine> mark = restrictionMark.isBlank() ? List.of()
                : typography.wrap(restrictionMark, style, PageFormat.contentWidth());
        int count = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            // appended with a reset graphics state, whatever the layout left set on the page
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                    true)) {
                drawMark(stream, style, mark);
                String pageNumber = number + " / " + count;
                float x = (PageFormat.SIZE.getWidth() - style.width(pageNumber)) / 2;
                style.show(stream, x, PageFormat.NUMBER_BASELINE, pageNumber);
            }
        }
    }

    private static void drawMark(PDPageContentStream stream, TextStyle style, List<TextLine> mark)
            throws IOException {
        float baseline = PageFormat.MARK_BASELINE;
        for (TextLine line : mark) {
            style.show(stream, PageFormat.right() - style.width(line.text()), baseline, line.text());
            baseline -= style.leading();
        }
    }
}
