package org.opora.platform.print.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold embedded (as subsets) into one document. The standard 14 PDF fonts have no
 * Cyrillic, so every form carries its own font. A {@link PDType0Font} belongs to one document: load per render.
 */
final class Fonts {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /** Shown instead of a character the fonts lack: PDFBox would otherwise fail the whole document. */
    private static final String MISSING = "?";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> coverage = new HashMap<>();

    private Fonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces from this bundle into the document. */
    static Fonts load(PDDocument document) throws IOException {
        return new Fonts(load(document, REGULAR), load(document, BOLD));
    }

    private static PDType0Font load(PDDocument document, String path) throws IOException {
        // the bundle's own class loader: the fonts are packed inside this bundle
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Font missing from the bundle: " + path);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    TextStyle style(boolean boldFace, float size) {
        return new TextStyle(boldFace ? bold : regular, size);
    }

    /**
     * Makes model text printable: line breaks normalised to {@code \n}, tabs to spaces, control and format
     * characters dropped, characters without a glyph replaced.
     */
    String clean(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (covered(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private boolean covered(int codePoint) {
        return coverage.computeIfAbsent(codePoint, cp -> encodes(regular, cp) && encodes(bold, cp));
    }

    private static boolean encodes(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
