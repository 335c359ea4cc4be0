package org.opora.platform.print.internal;

import java.util.List;

/** The type sizes of the forms and the one way model text becomes lines (cleaned, then wrapped). */
final class Typography {

    static final float BODY = 11f;
    static final float CELL = 9f;
    /** The sizes a table may be set in, largest first: smaller only as far as its longest words need. */
    static final float[] TABLE_SIZES = {CELL, 8.5f, 8f, 7.5f, 7f};
    static final float MARGINALIA = 8.5f;
    private static final float[] HEADINGS = {14f, 12.5f, 11f};

    private final Fonts fonts;

    Typography(Fonts fonts) {
        this.fonts = fonts;
    }

    TextStyle body(boolean bold) {
        return fonts.style(bold, BODY);
    }

    TextStyle cell(boolean bold) {
        return fonts.style(bold, CELL);
    }

    TextStyle cell(boolean bold, float size) {
        return fonts.style(bold, size);
    }

    TextStyle marginalia() {
        return fonts.style(false, MARGINALIA);
    }

    TextStyle heading(int level) {
        return fonts.style(true, HEADINGS[level - 1]);
    }

    /** The text as it will be drawn (characters the fonts lack replaced). */
    String clean(String text) {
        return fonts.clean(text);
    }

    List<TextLine> wrap(String text, TextStyle style, float width) {
        return TextWrapper.wrap(fonts.clean(text), style, width);
    }

    /** Width of the widest line, e.g. to size a block to its text. */
    static float widest(List<TextLine> lines, TextStyle style) {
        float max = 0;
        for (TextLine line : lines) {
            max = Math.max(max, style.width(line.text()));
        }
        return max;
    }
}
