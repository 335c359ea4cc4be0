package org.opora.programmes.impl.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The programmes' section of the annual report: support programmes (002) and individual plans (001) approved in the
 * year, and the programmes' outcomes — closed, extended or changed on review — counted from the recorded steps
 * (each step is dated and append-only) with aggregate queries bounded by the year.
 */
@Component
public class ProgrammesReportContribution implements ReportContribution {

    static final String ID = "programmes";
    /** The steps that end a programme's period: its outcome. */
    static final List<ProgrammeState> OUTCOMES = List.of(ProgrammeState.CLOSED, ProgrammeState.EXTENDED,
            ProgrammeState.CHANGED);

    private final ProgrammesDatabase db;
    private final Translator translator;

    @Activate
    public ProgrammesReportContribution(@Reference ProgrammesDatabase db, @Reference Translator translator) {
        this.db = db;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        return db.read(em -> section(em, request));
    }

    private ReportSection section(EntityManager em, ReportRequest request) {
        AcademicYear year = request.year();
        Locale locale = request.locale();
        Map<ProgrammeState, Long> programmes = byKind(em, "programmeId", year);
        Map<ProgrammeState, Long> plans = byKind(em, "planId", year);
        String programmesName = t("programmes.report.programmes", locale);
        String plansName = t("programmes.report.plans", locale);
        List<ChartPoint> approved = new ArrayList<>(Months.points(year, programmesName,
                Months.sum(year, approvedPerDay(em, "programmeId", year)), locale));
        approved.addAll(Months.points(year, plansName, Months.sum(year, approvedPerDay(em, "planId", year)), locale));
        List<ChartPoint> outcomes = new ArrayList<>();
        for (ProgrammeState s : OUTCOMES) {
            String state = t("programmes.state." + s.code(), locale);
            outcomes.add(new ChartPoint(programmesName, state, programmes.getOrDefault(s, 0L)));
            outcomes.add(new ChartPoint(plansName, state, plans.getOrDefault(s, 0L)));
        }
        List<KeyFigure> figures = List.of(
                new KeyFigure(t("programmes.report.programmesApproved", locale), count(programmes, ProgrammeState.APPROVED)),
                new KeyFigure(t("programmes.report.programmesClosed", locale), count(programmes, ProgrammeState.CLOSED)),
                new KeyFigure(t("programmes.report.programmesExtended", locale),
                        count(programmes, ProgrammeState.EXTENDED) + count(programmes, ProgrammeState.CHANGED)),
                new KeyFigure(t("programmes.report.plansApproved", locale), count(plans, ProgrammeState.APPROVED)),
                new KeyFigure(t("programmes.report.plansClosed", locale), count(plans, ProgrammeState.CLOSED)));
        List<ReportChart> charts = List.of(
                new ReportChart(t("programmes.report.chart.approved", locale), ChartKind.BAR, Breakdown.MONTH,
                        t("programmes.report.axis.count", locale), approved),
                new ReportChart(t("programmes.report.chart.outcomes", locale), ChartKind.BAR, Breakdown.OUTCOME,
                        t("programmes.report.axis.count", locale), outcomes));
        return new ReportSection(ID, t("programmes.report.section", locale), figures, charts);
    }

    /** Programmes (or plans) with a step of each kind in the year, each counted once per kind. */
    private static Map<ProgrammeState, Long> byKind(EntityManager em, String owner, AcademicYear year) {
        Map<ProgrammeState, Long> counts = new EnumMap<>(ProgrammeState.class);
        for (Object[] row : em.createQuery("select s.kind, count(distinct s." + owner + ") from StepEntity s"
                + " where s." + owner + " is not null and s.date between :first and :last group by s.kind",
                Object[].class).setParameter("first", year.firstDay()).setParameter("last", year.lastDay())
                .getResultList()) {
            for (ProgrammeState s : ProgrammeState.values()) {
                if (s.name().equals(row[0])) {
                    counts.put(s, ((Number) row[1]).longValue());
                }
            }
        }
        return counts;
    }

    private static Map<LocalDate, Long> approvedPerDay(EntityManager em, String owner, AcademicYear year) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (Object[] row : em.createQuery("select s.date, count(distinct s." + owner + ") from StepEntity s"
                + " where s." + owner + " is not null and s.kind = :approved and s.date between :first and :last"
                + " group by s.date", Object[].class).setParameter("approved", ProgrammeState.APPROVED.name())
                .setParameter("first", year.firstDay()).setParameter("last", year.lastDay()).getResultList()) {
            days.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        return days;
    }

    private static long count(Map<ProgrammeState, Long> counts, ProgrammeState state) {
        return counts.getOrDefault(state, 0L);
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }
}
