package org.opora.patronage.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/** The patronage's section of the annual report, counted from cases opened and closed through the services. */
class PatronageReportTest extends PatronageServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void countsTheCasesOfTheYearByCategory() {
        PatronageCase c = openCase();
        AcademicYear year = AcademicYear.containing(c.openedOn());
        ReportSection section = section(year);
        Map<String, Double> figures = section.figures().stream()
                .collect(Collectors.toMap(KeyFigure::label, KeyFigure::value));
        assertEquals(1, figures.get("Случаев патроната в работе за год"), figures::toString);
        assertEquals(1, figures.get("Открыто случаев патроната"));
        assertEquals(0, figures.get("Закрыто случаев патроната"));
        assertEquals(List.of(new ChartPoint("", "DEVIANT", 1)), section.charts().get(1).points());
        assertEquals(12, section.charts().get(0).points().size());
        assertEquals(0, section(new AcademicYear(year.startYear() + 1)).figures().get(1).value());
    }

    private ReportSection section(AcademicYear year) {
        return new PatronageReportContribution(db, core.referenceLists(), new MessagesTranslator())
                .section(new ReportRequest(year, RU, ""));
    }
}
