package org.opora.platform.print.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/** A font at a size, with the metrics the layout needs. Text given to it must already be cleaned by {@link Fonts}. */
record TextStyle(PDFont font, float size) {

    /** Line height as a multiple of the font size: DejaVu's ascent plus descent is 1.16 em. */
    static final float LINE_SPACING = 1.25f;

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float leading() {
        return size * LINE_SPACING;
    }

    /** The baseline of a line whose box starts at {@code top}: the spare leading is split above and below. */
    float baseline(float top) {
        float ascent = metric(true);
        float descent = metric(false);
        return top - (leading() - ascent - descent) / 2 - ascent;
    }

    /** Shows one line of text with its baseline starting at (x, baseline). */
    void show(PDPageContentStream stream, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    private float metric(boolean ascent) {
        PDFontDescriptor d = font.getFontDescriptor();
        if (d == null) {
            return size * (ascent ? 0.93f : 0.24f);
        }
        return Math.abs(ascent ? d.getAscent() : d.getDescent()) / 1000f * size;
    }
}
