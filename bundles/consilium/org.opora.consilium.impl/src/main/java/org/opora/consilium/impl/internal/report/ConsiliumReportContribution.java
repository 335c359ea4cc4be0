package org.opora.consilium.impl.internal.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.Months;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The consilium's section of the annual report: meetings held (planned and unplanned) per month, referrals received
 * and how long the pupils waited from the referral to the examination and to the consilium's conclusion (median and
 * longest, in days). Meetings are counted by an aggregate query; the waiting times read only three dates of each
 * referral filed in the year.
 */
@Component
public class ConsiliumReportContribution implements ReportContribution {

    static final String ID = "consilium";

    private final ConsiliumDatabase db;
    private final Translator translator;

    @Activate
    public ConsiliumReportContribution(@Reference ConsiliumDatabase db, @Reference Translator translator) {
        this.db = db;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        return db.read(em -> section(em, request));
    }

    private ReportSection section(EntityManager em, ReportRequest request) {
        AcademicYear year = request.year();
        Locale locale = request.locale();
        Map<YearMonth, Long> planned = new TreeMap<>();
        Map<YearMonth, Long> unplanned = new TreeMap<>();
        for (Object[] row : em.createQuery("select m.date, m.kind, count(m) from MeetingEntity m"
                + " where m.status = :held and m.date between :first and :last group by m.date, m.kind", Object[].class)
                .setParameter("held", MeetingStatus.FINALISED).setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay()).getResultList()) {
            Map<YearMonth, Long> kind = row[1] == MeetingKind.PLANNED ? planned : unplanned;
            kind.merge(YearMonth.from((LocalDate) row[0]), ((Number) row[2]).longValue(), Long::sum);
        }
        List<Object[]> referrals = em.createQuery("select r.filedOn, r.examinedOn, r.meetingDate from ReferralEntity r"
                + " where r.filedOn between :first and :last", Object[].class)
                .setParameter("first", year.firstDay()).setParameter("last", year.lastDay()).getResultList();
        Waits waits = Waits.of(referrals);

        String plannedName = t("consilium.report.planned", locale);
        String unplannedName = t("consilium.report.unplanned", locale);
        List<ChartPoint> meetings = new ArrayList<>(Months.points(year, plannedName, planned, locale));
        meetings.addAll(Months.points(year, unplannedName, unplanned, locale));
        List<ChartPoint> received = Months.points(year, "", waits.filedPerMonth(), locale);
        List<ChartPoint> waiting = new ArrayList<>(Months.points(year, t("consilium.report.toExamination", locale),
                waits.medianPerMonth(Waits.EXAMINATION), locale));
        waiting.addAll(Months.points(year, t("consilium.report.toConclusion", locale),
                waits.medianPerMonth(Waits.CONCLUSION), locale));

        List<KeyFigure> figures = List.of(
                new KeyFigure(t("consilium.report.held", locale), sum(planned) + sum(unplanned)),
                new KeyFigure(t("consilium.report.heldPlanned", locale), sum(planned)),
                new KeyFigure(t("consilium.report.heldUnplanned", locale), sum(unplanned)),
                new KeyFigure(t("consilium.report.referrals", locale), referrals.size()),
                new KeyFigure(t("consilium.report.examined", locale), waits.count(Waits.EXAMINATION)),
                new KeyFigure(t("consilium.report.examinationMedian", locale), waits.median(Waits.EXAMINATION)),
                new KeyFigure(t("consilium.report.examinationMax", locale), waits.max(Waits.EXAMINATION)),
                new KeyFigure(t("consilium.report.conclusionMedian", locale), waits.median(Waits.CONCLUSION)),
                new KeyFigure(t("consilium.report.conclusionMax", locale), waits.max(Waits.CONCLUSION)));
        List<ReportChart> charts = List.of(
                new ReportChart(t("consilium.report.chart.meetings", locale), ChartKind.BAR, Breakdown.MONTH,
                        t("consilium.report.axis.meetings", locale), meetings),
                new ReportChart(t("consilium.report.chart.referrals", locale), ChartKind.BAR, Breakdown.MONTH,
                        t("consilium.report.axis.referrals", locale), received),
                new ReportChart(t("consilium.report.chart.waits", locale), ChartKind.LINE, Breakdown.MONTH,
                        t("consilium.report.axis.days", locale), waiting));
        return new ReportSection(ID, t("consilium.report.section", locale), figures, charts);
    }

    private static long sum(Map<YearMonth, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }

    /** The waiting times of the year's referrals: days from filing to examination (1) and to the meeting (2). */
    record Waits(List<Object[]> rows) {

        static final int EXAMINATION = 1;
        static final int CONCLUSION = 2;

        static Waits of(List<Object[]> rows) {
            return new Waits(List.copyOf(rows));
        }

        long count(int stage) {
            return rows.stream().filter(r -> r[stage] != null).count();
        }

        double median(int stage) {
            return Waits.median(days(rows, stage));
        }

        double max(int stage) {
            return days(rows, stage).stream().mapToLong(Long::longValue).max().orElse(0);
        }

        Map<YearMonth, Long> filedPerMonth() {
            Map<YearMonth, Long> months = new TreeMap<>();
            rows.forEach(r -> months.merge(YearMonth.from((LocalDate) r[0]), 1L, Long::sum));
            return months;
        }

        /** The median wait of the referrals filed in each month. */
        Map<YearMonth, Double> medianPerMonth(int stage) {
            Map<YearMonth, List<Object[]>> byMonth = new TreeMap<>();
            rows.forEach(r -> byMonth.computeIfAbsent(YearMonth.from((LocalDate) r[0]), m -> new ArrayList<>()).add(r));
            Map<YearMonth, Double> medians = new TreeMap<>();
            byMonth.forEach((month, list) -> {
                List<Long> days = days(list, stage);
                if (!days.isEmpty()) {
                    medians.put(month, median(days));
                }
            });
            return medians;
        }

        private static List<Long> days(List<Object[]> rows, int stage) {
            return rows.stream().filter(r -> r[stage] != null)
                    .map(r -> Math.max(0, ChronoUnit.DAYS.between((LocalDate) r[0], (LocalDate) r[stage])))
                    .sorted().toList();
        }

        static double median(List<Long> sorted) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
        }
    }
}
