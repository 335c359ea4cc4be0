package org.opora.core.api.report;

import java.util.Objects;

/**
 * One value of a chart.
 *
 * @param series   the series the value belongs to, translated (e.g. "Planned"); empty for a chart of one series
 * @param category the category, translated (e.g. "September", "Closed")
 * @param value    the value
 */
public record ChartPoint(String series, String category, double value) {

    public ChartPoint {
        series = series == null ? "" : series;
        Objects.requireNonNull(category, "category");
    }
}
