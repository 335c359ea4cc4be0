package org.opora.core.impl.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.report.ServiceReport;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The printed annual report (000 §5.1.2): the school, the year, and each installed module's section with its
 * figures as a table and its charts, drawn by the platform exactly as the page shows them. The record id is the
 * academic year, "2026" or "2026/2027".
 */
@Component
public class ServiceReportDocument implements PrintableDocument {

    private final ServiceReport report;
    private final SchoolService school;
    private final Translator translator;

    @Activate
    public ServiceReportDocument(@Reference ServiceReport report, @Reference SchoolService school,
            @Reference Translator translator) {
        this.report = report;
        this.school = school;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ServiceReport.PRINT_ID;
    }

    @Override
    public String titleKey() {
        return "core.report.title";
    }

    @Override
    public String requiredPermission() {
        return CorePermissions.REPORT_READ;
    }

    @Override
    public PrintDocument build(String recordId, Locale locale) {
        AcademicYear year;
        try {
            year = AcademicYear.parse(recordId == null ? "" : recordId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an academic year: " + recordId, e);
        }
        List<ReportSection> sections = report.sections(year, locale);
        PrintDocument.Builder doc = PrintDocument.builder(t("core.report.print.file", locale, year.label()))
                .heading(t("core.report.title", locale), 1)
                .add(new Block.Fields(List.of(
                        new Block.Field(t("core.report.print.school", locale), school.school().name()),
                        new Block.Field(t("core.report.print.year", locale), year.label()))));
        for (ReportSection section : sections) {
            doc.heading(section.title(), 2);
            if (!section.figures().isEmpty()) {
                doc.add(figures(section.figures(), locale));
            }
            for (ReportChart chart : section.charts()) {
                if (chart.isEmpty()) {
                    doc.paragraph(chart.title() + ": " + t("core.report.noData", locale));
                } else {
                    doc.add(chart(chart));
                }
            }
        }
        if (sections.isEmpty()) {
            doc.paragraph(t("core.report.noSections", locale));
        }
        return doc.build();
    }

    private Block.Table figures(List<KeyFigure> figures, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (KeyFigure f : figures) {
            rows.add(List.of(f.label(), f.formatted()));
        }
        return new Block.Table(List.of(new Block.Column(t("core.report.print.figure", locale), 5),
                new Block.Column(t("core.report.print.value", locale), 1)), rows);
    }

    /** The report's chart as the platform's print block; the page draws the same block. */
    static Block.Chart chart(ReportChart chart) {
        return new Block.Chart(chart.title(), Block.ChartKind.valueOf(chart.kind().name()), chart.valueAxis(),
                chart.points().stream().map(p -> new Block.ChartValue(p.series(), p.category(), p.value())).toList());
    }

    private String t(String key, Locale locale, Object... params) {
        return translator.translate(key, locale, params);
    }
}
