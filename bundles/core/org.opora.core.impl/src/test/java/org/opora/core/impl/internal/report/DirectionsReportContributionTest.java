package org.opora.core.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.DirectionCount;
import org.opora.core.api.activity.ServiceWork;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.support.testing.MessagesTranslator;

/** The report's analysis per direction (000 §5.1.2): the year's counts as a table and as horizontal-ready bars. */
class DirectionsReportContributionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final List<ActivityQuery> asked = new ArrayList<>();
    private final ServiceWork work = new ServiceWork() {
        @Override
        public List<Activity> activities(ActivityQuery query, Locale locale) {
            return List.of();
        }

        @Override
        public List<DirectionCount> counts(ActivityQuery query, Locale locale) {
            asked.add(query);
            return List.of(new DirectionCount("diagnostics", "Диагностическое", 12),
                    new DirectionCount("methodology", "Организационно-методическое", 0),
                    new DirectionCount("", "не указано", 2));
        }
    };

    @Test
    void countsTheYearPerDirectionAsFiguresWithTheTotalAndAsBars() {
        AcademicYear year = new AcademicYear(2026);
        ReportSection s = new DirectionsReportContribution(work, new MessagesTranslator())
                .section(new ReportRequest(year, RU, "head"));

        assertEquals(List.of(ActivityQuery.of(year)), asked, "the whole academic year, every direction");
        assertEquals("Работа Службы по направлениям деятельности", s.title());
        assertEquals(List.of(new KeyFigure("Диагностическое", 12), new KeyFigure("Организационно-методическое", 0),
                new KeyFigure("не указано", 2), new KeyFigure("Всего мероприятий за год", 14)), s.figures());
        ReportChart chart = s.charts().get(0);
        assertEquals(ChartKind.BAR, chart.kind());
        assertEquals(Breakdown.DIRECTION, chart.breakdown());
        assertEquals("Мероприятий", chart.valueAxis());
        assertEquals(List.of(new ChartPoint("", "Диагностическое", 12),
                new ChartPoint("", "Организационно-методическое", 0), new ChartPoint("", "не указано", 2)),
                chart.points());
    }

    @Test
    void aYearWithoutWorkStillListsEveryDirectionWithZero() {
        ReportSection s = DirectionsReportContribution.section(List.of(new DirectionCount("prevention", "P", 0)),
                "t", "total", "c", "a");
        assertEquals(List.of(new KeyFigure("P", 0), new KeyFigure("total", 0)), s.figures());
        assertEquals(true, s.charts().get(0).isEmpty(), "the page and the print say the values are all zero");
    }
}
