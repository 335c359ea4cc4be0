package org.opora.core.ui.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.report.ServiceReport;
import org.opora.core.ui.testing.FakePrinting;
import org.opora.platform.api.print.Block;
import org.opora.platform.ui.testing.TestUi;

class ServiceReportViewTest {

    private static final AcademicYear THIS = new AcademicYear(2026);
    private static final AcademicYear LAST = new AcademicYear(2025);

    private final List<String> asked = new ArrayList<>();
    private final FakePrinting printing = new FakePrinting();
    private final ServiceReport report = new ServiceReport() {
        @Override
        public List<ReportSection> sections(AcademicYear year, Locale locale) {
            asked.add(year.label());
            return List.of(new ReportSection("consilium", "Консилиум",
                    List.of(new KeyFigure("Проведено заседаний", 12), new KeyFigure("Медиана, дней", 3.5)),
                    List.of(new ReportChart("Заседания по месяцам", ChartKind.BAR, Breakdown.MONTH, "Заседаний",
                            List.of(new ChartPoint("Плановые", "Сентябрь", 2))),
                            new ReportChart("Пусто", ChartKind.PIE, Breakdown.TYPE, "", List.of()))));
        }

        @Override
        public List<AcademicYear> years() {
            return List.of(THIS, LAST);
        }
    };

    @BeforeEach
    void ui() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    @Test
    void showsTheCurrentYearsSectionsWithFiguresChartsAndThePrintLink() {
        UI.getCurrent().add(new ServiceReportView(report, printing));
        TestUi.roundTrip();
        assertEquals(List.of("2026/2027"), asked);
        assertTrue(TestUi.ids().contains("service-report-section-consilium"), TestUi.ids().toString());
        Anchor pdf = TestUi.find("service-report-pdf", Anchor.class);
        assertTrue(pdf.getText().contains("core.ui.report.print"), pdf.getText());
        assertEquals("Заседания по месяцам", TestUi.find("service-report-section-consilium",
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class).getChildren()
                .filter(Image.class::isInstance).map(Image.class::cast).findFirst().orElseThrow().getAlt()
                .orElse(""));

        @SuppressWarnings("unchecked")
        ComboBox<AcademicYear> year = TestUi.find("service-report-year", ComboBox.class);
        year.setValue(LAST);
        assertEquals(List.of("2026/2027", "2025/2026"), asked);
    }

    @Test
    void thePageDrawsTheChartAsThePrintDoes() {
        ReportChart chart = new ReportChart("Итоги", ChartKind.LINE, Breakdown.OUTCOME, "Программ",
                List.of(new ChartPoint("", "Завершено", 3)));
        Block.Chart block = ServiceReportView.blockOf(chart);
        assertEquals(Block.ChartKind.LINE, block.kind());
        assertEquals(List.of(new Block.ChartValue("", "Завершено", 3)), block.values());
        assertEquals("Программ", block.valueAxis());
    }
}
