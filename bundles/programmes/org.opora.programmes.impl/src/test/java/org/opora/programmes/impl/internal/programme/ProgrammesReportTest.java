package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.impl.internal.report.ProgrammesReportContribution;

/** The programmes' section of the annual report, counted from a programme carried through its life by the services. */
class ProgrammesReportTest extends ProgrammeTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void countsTheProgrammesApprovedAndClosedInTheYearAndTheirOutcomes() {
        Programme p = inReview();
        lifecycle.close(p.id(), p.version(), protocol("12"), "The goal is reached");

        ReportSection section = section(AcademicYear.containing(today()));

        Map<String, Double> figures = section.figures().stream()
                .collect(Collectors.toMap(KeyFigure::label, KeyFigure::value));
        assertEquals(1, figures.get("Утверждено программ сопровождения"), figures::toString);
        assertEquals(1, figures.get("Завершено программ сопровождения"));
        assertEquals(0, figures.get("Продлено или изменено программ по итогам рассмотрения"));
        assertEquals(0, figures.get("Утверждено индивидуальных планов"));
        ReportChart outcomes = section.charts().get(1);
        assertEquals(1, outcomes.points().stream()
                .filter(c -> c.category().equals("Завершено") && c.series().equals("Программы"))
                .mapToDouble(ChartPoint::value).sum());
        assertEquals(0, section(new AcademicYear(AcademicYear.containing(today()).startYear() + 1)).figures().get(0)
                .value(), "nothing of this year counts for the next");
    }

    private ReportSection section(AcademicYear year) {
        return new ProgrammesReportContribution(db, new MessagesTranslator()).section(new ReportRequest(year, RU, ""));
    }
}
