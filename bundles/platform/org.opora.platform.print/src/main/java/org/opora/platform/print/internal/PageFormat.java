package org.opora.platform.print.internal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The one page format of the platform's forms: A4 portrait, 20 mm margins, the running marks in the margins. */
final class PageFormat {

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 20 * MM;

    /** The restriction mark sits in the top margin, clear of the text, as filed paperwork expects it. */
    static final float MARK_BASELINE = SIZE.getHeight() - 12 * MM;
    /** Page numbers sit in the bottom margin. */
    static final float NUMBER_BASELINE = 10 * MM;

    private PageFormat() {
    }

    static float left() {
        return MARGIN;
    }

    static float right() {
        return SIZE.getWidth() - MARGIN;
    }

    static float top() {
        return SIZE.getHeight() - MARGIN;
    }

    static float bottom() {
        return MARGIN;
    }

    static float contentWidth() {
        return right() - left();
    }
}
