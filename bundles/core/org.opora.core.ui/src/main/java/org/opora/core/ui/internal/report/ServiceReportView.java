package org.opora.core.ui.internal.report;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.report.ServiceReport;
import org.opora.core.kit.Failures;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.ui.api.PdfDownload;

/**
 * The report on the service's work (000 §5.1.2): the year's sections of every installed module, each with its key figures
 * and its charts, and the same report as a PDF. The charts are drawn by the platform's print service, so the page
 * shows exactly the pictures the PDF prints.
 */
public class ServiceReportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The chart's size on the page in CSS pixels; the picture has twice the pixels, for sharp screens. */
    static final int CHART_WIDTH = 720;
    static final int CHART_HEIGHT = 360;

    private final transient ServiceReport report;
    private final transient DocumentService documents;
    private final ComboBox<AcademicYear> year = new ComboBox<>();
    private final Div printLink = new Div();
    private final VerticalLayout sections = new VerticalLayout();

    public ServiceReportView(ServiceReport report, DocumentService documents) {
        this.report = report;
        this.documents = documents;
        setId("service-report");
        setWidthFull();
        List<AcademicYear> years = Failures.read(report::years, List.of());
        year.setId("service-report-year");
        year.setLabel(getTranslation("core.ui.report.year"));
        year.setItems(years);
        year.setItemLabelGenerator(AcademicYear::label);
        year.addValueChangeListener(e -> show(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(year, printLink);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        sections.setPadding(false);
        sections.setId("service-report-sections");
        add(new H2(getTranslation("core.ui.report.title")), bar, sections);
        if (!years.isEmpty()) {
            year.setValue(years.get(0));
        }
    }

    private void show(AcademicYear chosen) {
        sections.removeAll();
        printLink.removeAll();
        if (chosen == null) {
            return;
        }
        Locale locale = UI.getCurrent().getLocale();
        Anchor pdf = PdfDownload.link(documents, ServiceReport.PRINT_ID, Integer.toString(chosen.startYear()),
                "service-report-" + chosen.startYear() + ".pdf", getTranslation("core.ui.report.print"), locale);
        pdf.setId("service-report-pdf");
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.addComponentAsFirst(VaadinIcon.PRINT.create());
        printLink.add(pdf);
        Failures.get(() -> report.sections(chosen, locale)).ifPresent(list -> {
            if (list.isEmpty()) {
                sections.add(new Paragraph(getTranslation("core.ui.report.empty")));
            }
            list.forEach(s -> sections.add(section(s)));
        });
    }

    private VerticalLayout section(ReportSection s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("service-report-section-" + s.id());
        box.addClassName("service-report-section");
        box.add(new H3(s.title()));
        Div figures = new Div();
        figures.addClassName("service-report-figures");
        figures.getStyle().set("display", "grid").set("grid-template-columns", "minmax(0, 32em) auto")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)");
        for (KeyFigure f : s.figures()) {
            Span value = new Span(f.formatted());
            value.getStyle().set("font-weight", "600").set("text-align", "right");
            figures.add(new Span(f.label()), value);
        }
        box.add(figures);
        for (ReportChart chart : s.charts()) {
            box.add(chart(chart));
        }
        return box;
    }

    private com.vaadin.flow.component.Component chart(ReportChart chart) {
        if (chart.isEmpty()) {
            Paragraph none = new Paragraph(chart.title() + ": " + getTranslation("core.ui.report.noData"));
            none.addClassName("service-report-nochart");
            return none;
        }
        Block.Chart block = blockOf(chart);
        DownloadHandler png = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = documents.chart(block, CHART_WIDTH, CHART_HEIGHT);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "chart.png", "image/png", bytes.length);
        });
        Image image = new Image(png, chart.title());
        image.addClassName("service-report-chart");
        image.setWidth(CHART_WIDTH + "px");
        image.setMaxWidth("100%");
        return image;
    }

    /** The report's chart as the platform's chart block, as the printed report draws it. */
    static Block.Chart blockOf(ReportChart chart) {
        return new Block.Chart(chart.title(), Block.ChartKind.valueOf(chart.kind().name()), chart.valueAxis(),
                chart.points().stream().map(p -> new Block.ChartValue(p.series(), p.category(), p.value())).toList());
    }
}
