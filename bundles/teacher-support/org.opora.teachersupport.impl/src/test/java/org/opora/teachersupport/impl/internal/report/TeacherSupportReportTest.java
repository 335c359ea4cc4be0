package org.opora.teachersupport.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/** The teacher support's section of the annual report, counted from a record opened through the services. */
class TeacherSupportReportTest extends TeacherSupportTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void countsTheRecordsOfTheYear() {
        SupportRecord r = openRecord();
        AcademicYear year = AcademicYear.containing(r.decidedOn());
        ReportSection section = section(year);
        Map<String, Double> figures = section.figures().stream()
                .collect(Collectors.toMap(KeyFigure::label, KeyFigure::value));
        assertEquals(1, figures.get("Педагогов на сопровождении в году"), figures::toString);
        assertEquals(1, figures.get("Начато сопровождений"));
        assertEquals(0, figures.get("Завершено сопровождений (заключение утверждено)"));
        assertTrue(section.charts().get(0).isEmpty(), "no conclusion approved yet");
        assertEquals(0, section(new AcademicYear(year.startYear() + 1)).figures().get(1).value());
    }

    private ReportSection section(AcademicYear year) {
        return new TeacherSupportReportContribution(db, new MessagesTranslator())
                .section(new ReportRequest(year, RU, ""));
    }
}
