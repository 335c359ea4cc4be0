package org.opora.core.api.report;

import java.util.List;
import java.util.Objects;

/**
 * One module's section of the annual report.
 *
 * @param id      the contribution's id
 * @param title   the section's title, translated
 * @param figures the key figures, in the order shown
 * @param charts  the charts, in the order shown
 */
public record ReportSection(String id, String title, List<KeyFigure> figures, List<ReportChart> charts) {

    public ReportSection {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }
}
