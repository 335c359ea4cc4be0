package org.opora.core.impl.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.DirectionCount;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The analysis of the service's work per direction (000 §5.1.2 "analysis of the work of the service by directions",
 * the directions of §3): the activities of the year counted per direction by {@link ServiceWork#counts}, so every
 * installed module's {@code ActivitySource} adds its work (the core's interactions and documents, the programmes'
 * plan rows, the consilium's meetings and examinations, the patronage's work plans, the help to teachers) and a
 * removed module's work leaves the counts. The figures are the table (every configured direction, zero included,
 * then the total) and the same counts are a bar chart. Like the list by direction, a viewer is counted what the
 * modules let them read.
 */
@Component
public class DirectionsReportContribution implements ReportContribution {

    static final String ID = "core-directions";

    private final ServiceWork work;
    private final Translator translator;

    @Activate
    public DirectionsReportContribution(@Reference ServiceWork work, @Reference Translator translator) {
        this.work = work;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Right after the core's own section: the overview by direction comes before the modules' details. */
    @Override
    public int order() {
        return 110;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        Locale locale = request.locale();
        return section(work.counts(ActivityQuery.of(request.year()), locale),
                translator.translate("core.report.directions.section", locale),
                translator.translate("core.report.directions.total", locale),
                translator.translate("core.report.directions.chart", locale),
                translator.translate("core.report.directions.axis", locale));
    }

    /** The section of the counts: a figure per direction and the total, and a bar per direction. */
    static ReportSection section(List<DirectionCount> counts, String title, String total, String chartTitle,
            String axis) {
        List<KeyFigure> figures = new ArrayList<>();
        List<ChartPoint> bars = new ArrayList<>();
        long sum = 0;
        for (DirectionCount c : counts) {
            figures.add(new KeyFigure(c.label(), c.count()));
            bars.add(new ChartPoint("", c.label(), c.count()));
            sum += c.count();
        }
        figures.add(new KeyFigure(total, sum));
        return new ReportSection(ID, title, figures,
                List.of(new ReportChart(chartTitle, ChartKind.BAR, Breakdown.DIRECTION, axis, bars)));
    }
}
