package org.opora.core.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a section: values by category, in one or more series. Categories keep the order of their first
 * appearance in {@code points}.
 *
 * @param title     the chart's title, translated
 * @param kind      how it is drawn
 * @param breakdown what its categories are
 * @param valueAxis the name of the values, translated (e.g. "Meetings", "Days" in the report's language); may be empty
 * @param points    the values
 */
public record ReportChart(String title, ChartKind kind, Breakdown breakdown, String valueAxis,
        List<ChartPoint> points) {

    public ReportChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(breakdown, "breakdown");
        valueAxis = valueAxis == null ? "" : valueAxis;
        points = List.copyOf(points);
    }

    /** Whether every value is zero: the page and the print then say so in a line instead of drawing the chart. */
    public boolean isEmpty() {
        return points.stream().allMatch(p -> p.value() == 0);
    }
}
