package org.opora.core.api.report;

import java.util.Objects;

/**
 * A key figure of a section, e.g. "Meetings held: 12".
 *
 * @param label the figure's name, translated
 * @param value the number; whole numbers are shown without decimals, others with one
 */
public record KeyFigure(String label, double value) {

    public KeyFigure {
        Objects.requireNonNull(label, "label");
    }

    /** The value as shown on the page and in the print: "12", "3.5" (with the locale's separator left to callers). */
    public String formatted() {
        if (value == Math.rint(value) && !Double.isInfinite(value)) {
            return Long.toString((long) value);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
