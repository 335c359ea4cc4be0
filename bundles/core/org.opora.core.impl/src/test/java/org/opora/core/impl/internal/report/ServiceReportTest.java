package org.opora.core.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.print.internal.PdfRenderer;
import org.opora.platform.print.testing.RenderedPdf;

class ServiceReportTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Attachment FILE = new Attachment("plan.txt", "text/plain", "План".getBytes());

    private final MessagesTranslator translator = new MessagesTranslator();
    private ServiceReportImpl report;
    private CoreReportContribution core;

    @BeforeEach
    void data() {
        core = new CoreReportContribution(db, lists, translator);
        report = new ServiceReportImpl(guard, school);
        report.add(core);
        long classId = schoolClass(5, "A", null).id();
        Pupil before = pupil("Ivanov", classId);
        Pupil taken = pupil("Petrov", classId);
        Pupil cleared = pupil("Sidorov", classId);
        LocalDate first = currentYear().firstDay();
        pupils.setFlag(before.id(), "ovz", first.minusMonths(6), "");
        pupils.setFlag(taken.id(), "at-risk", today(), "");
        pupils.setFlag(taken.id(), "ovz", today(), "");
        pupils.setFlag(cleared.id(), "gifted", first.minusMonths(8), "");
        pupils.clearFlag(cleared.id(), "gifted", first.minusMonths(2));
        Agency agency = agencies.create(new AgencyDraft("guardianship", "Опека", "", "", "", ""));
        agencies.record(new InteractionDraft(today(), agency.id(), taken.id(), "Письмо", "", "", null));
        agencies.record(new InteractionDraft(today(), agency.id(), null, "Совещание", "", "", null));
        agencies.record(new InteractionDraft(first.minusDays(3), agency.id(), null, "Прошлый год", "", "", null));
        long author = staffMember("Belova", "belova").id();
        documents.add(new DocumentDraft("annual-plan", "План", author, currentYear()), FILE);
        documents.add(new DocumentDraft("annual-plan", "План 2", author, currentYear()), FILE);
        documents.add(new DocumentDraft("report", "Отчёт", author, currentYear()), FILE);
        documents.add(new DocumentDraft("report", "Отчёт прошлого года",
                author, new AcademicYear(currentYear().startYear() - 1)), FILE);
    }

    @Test
    void theCoresSectionCountsTheYearOnly() {
        ReportSection section = core.section(new ReportRequest(currentYear(), RU, "head"));
        Map<String, Double> figures = section.figures().stream()
                .collect(Collectors.toMap(KeyFigure::label, KeyFigure::value));
        assertEquals(2, figures.get("Обучающихся со статусами сопровождения в году"));
        assertEquals(1, figures.get("Обучающихся, получивших статус в году"));
        assertEquals(2, figures.get("Взаимодействий с внешними организациями"));
        assertEquals(3, figures.get("Документов Службы за год"));
        Map<String, ReportChart> charts = section.charts().stream()
                .collect(Collectors.toMap(ReportChart::title, Function.identity()));
        // two pupils with OVZ, one at risk; the gifted pupil's status ended before the year
        assertEquals(List.of(2.0, 1.0), charts.get("Обучающиеся по статусам").points().stream()
                .map(ChartPoint::value).toList());
        ReportChart perMonth = charts.get("Взаимодействия с организациями по месяцам");
        assertEquals(12, perMonth.points().size());
        assertEquals("Сентябрь", perMonth.points().get(0).category());
        assertEquals(2, perMonth.points().stream().mapToDouble(ChartPoint::value).sum());
        assertEquals(2, values(charts.get("Документы Службы по видам")).size());
    }

    @Test
    void sectionsComeInTheirOrderAndAFailingOneIsLeftOut() {
        report.add(contribution("zz-late", 900, false));
        report.add(contribution("early", 10, false));
        report.add(contribution("broken", 50, true));
        signIn("head", CorePermissions.REPORT_READ);
        List<String> ids = report.sections(currentYear(), RU).stream().map(ReportSection::id).toList();
        assertEquals(List.of("early", "core", "zz-late"), ids);
    }

    @Test
    void aModuleThatGoesTakesItsSectionAway() {
        ReportContribution extra = contribution("extra", 200, false);
        report.add(extra);
        assertEquals(2, report.sections(currentYear(), RU).size());
        report.remove(extra);
        assertEquals(List.of("core"), report.sections(currentYear(), RU).stream().map(ReportSection::id).toList());
    }

    @Test
    void onlyWhoMayReadTheReportGetsIt() {
        signIn("teacher", CorePermissions.PUPIL_READ);
        assertThrows(AccessDeniedException.class, () -> report.sections(currentYear(), RU));
    }

    @Test
    void theYearsRunFromTheCurrentOneBack() {
        List<AcademicYear> years = report.years();
        assertEquals(currentYear(), years.get(0));
        assertTrue(years.size() > ServiceReportImpl.YEARS_BACK);
    }

    @Test
    void thePrintedReportHasTheSchoolTheYearEverySectionAndItsChartsInCyrillic() throws IOException {
        signIn("head", CorePermissions.REPORT_READ);
        ServiceReportDocument form = new ServiceReportDocument(report, school, translator);
        PrintDocument document = form.build(Integer.toString(currentYear().startYear()), RU);
        byte[] pdf = new PdfRenderer().render(document, RU);
        RenderedPdf.save("service-report.pdf", pdf);
        try (PDDocument read = RenderedPdf.open(pdf)) {
            // a heading may wrap: compare with the line breaks as spaces
            String text = RenderedPdf.text(read).replaceAll("\\s+", " ");
            for (String expected : List.of("Отчёт о работе Службы индивидуального сопровождения", currentYear().label(),
                    school.school().name(), "Обучающиеся, документы и взаимодействие с организациями",
                    "Обучающихся со статусами сопровождения в году", "Показатель", "Значение")) {
                assertTrue(text.contains(expected), () -> "missing «" + expected + "» in " + text);
            }
            assertEquals(3, pictures(read), "three charts with data, each a picture");
        }
        assertThrows(IllegalArgumentException.class, () -> form.build("next year", RU));
    }

    private static int pictures(PDDocument pdf) throws IOException {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Map<String, Double> values(ReportChart chart) {
        return chart.points().stream().collect(Collectors.toMap(ChartPoint::category, ChartPoint::value));
    }

    private static ReportContribution contribution(String id, int order, boolean fails) {
        return new ReportContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public ReportSection section(ReportRequest request) {
                if (fails) {
                    throw new IllegalStateException("broken on purpose");
                }
                return new ReportSection(id, id, List.of(), List.of());
            }
        };
    }
}
