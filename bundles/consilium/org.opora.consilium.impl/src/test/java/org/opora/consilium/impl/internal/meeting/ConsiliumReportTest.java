package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_EXAMINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.impl.internal.report.ConsiliumReportContribution;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.support.testing.MessagesTranslator;

/** The consilium's section of the annual report, counted from meetings and referrals made through the services. */
class ConsiliumReportTest extends MeetingTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void countsTheMeetingsHeldAndTheReferralsOfTheYearWithTheirWaits() {
        Referral filed = referrals.file(new ReferralDraft(pupil.id(), yesterday().minusDays(5), List.of("anxiety"),
                "Cries during every lesson"));
        asChair();
        finalised();
        meeting();
        signIn("belova", ACCESS, REFERRAL_EXAMINE);
        referrals.recordExamination(filed.id(), filed.version(),
                new Examination(LocalDate.now(), "Anxiety confirmed", true));

        AcademicYear year = AcademicYear.containing(yesterday());
        ReportSection section = new ConsiliumReportContribution(db, new MessagesTranslator())
                .section(new ReportRequest(year, RU, "belova"));

        Map<String, Double> figures = section.figures().stream()
                .collect(Collectors.toMap(KeyFigure::label, KeyFigure::value));
        assertEquals(1, figures.get("Проведено заседаний (протокол подписан)"), figures::toString);
        assertEquals(0, figures.get("из них плановых"));
        assertEquals(1, figures.get("из них внеплановых"));
        assertEquals(1, figures.get("Получено представлений (направлений) на обучающихся"));
        assertEquals(1, figures.get("Обследовано по представлениям"));
        assertEquals(0, figures.get("Дней от представления до обследования, медиана"));
        ReportChart meetings = section.charts().get(0);
        assertEquals("Заседания консилиума по месяцам", meetings.title());
        assertEquals(24, meetings.points().size(), "twelve months of planned and of unplanned meetings");
        assertEquals(1, meetings.points().stream().filter(p -> p.series().equals("Внеплановые"))
                .mapToDouble(ChartPoint::value).sum());

        ReportSection before = new ConsiliumReportContribution(db, new MessagesTranslator())
                .section(new ReportRequest(new AcademicYear(year.startYear() - 1), RU, "belova"));
        assertEquals(0, before.figures().get(0).value(), "nothing of this year counts for the year before");
    }
}
