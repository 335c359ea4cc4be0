package org.opora.core.impl.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.Months;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The core's section of the annual report: pupils with support statuses in the year and those who received one,
 * interactions with agencies per month, the register's documents by type, pupils by status. Every figure is one
 * aggregate query bounded by the year.
 */
@Component
public class CoreReportContribution implements ReportContribution {

    static final String ID = "core";

    private final CoreDatabase db;
    private final ReferenceLists lists;
    private final Translator translator;

    @Activate
    public CoreReportContribution(@Reference CoreDatabase db, @Reference ReferenceLists lists,
            @Reference Translator translator) {
        this.db = db;
        this.lists = lists;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        return db.read(em -> section(em, request));
    }

    private ReportSection section(EntityManager em, ReportRequest request) {
        AcademicYear year = request.year();
        Locale locale = request.locale();
        LocalDate first = year.firstDay();
        LocalDate last = year.lastDay();
        long supported = em.createQuery("select count(distinct f.pupilId) from FlagEntity f where f.setOn <= :last"
                + " and (f.clearedOn is null or f.clearedOn >= :first)", Long.class)
                .setParameter("first", first).setParameter("last", last).getSingleResult();
        long taken = em.createQuery("select count(distinct f.pupilId) from FlagEntity f"
                + " where f.setOn between :first and :last", Long.class)
                .setParameter("first", first).setParameter("last", last).getSingleResult();
        Map<LocalDate, Long> interactionsPerDay = pairs(em.createQuery("select i.date, count(i) from InteractionEntity i"
                + " where i.date between :first and :last group by i.date", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList());
        long interactions = interactionsPerDay.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> documentsByType = pairs(em.createQuery("select d.type, count(d) from DocumentEntity d"
                + " where d.year = :year group by d.type order by d.type", Object[].class)
                .setParameter("year", year.startYear()).getResultList());
        long documents = documentsByType.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> pupilsByFlag = pairs(em.createQuery("select f.flag, count(distinct f.pupilId) from FlagEntity f"
                + " where f.setOn <= :last and (f.clearedOn is null or f.clearedOn >= :first)"
                + " group by f.flag order by f.flag", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList());

        List<KeyFigure> figures = List.of(
                new KeyFigure(t("core.report.supported", locale), supported),
                new KeyFigure(t("core.report.taken", locale), taken),
                new KeyFigure(t("core.report.interactions", locale), interactions),
                new KeyFigure(t("core.report.documents", locale), documents));
        List<ReportChart> charts = List.of(
                new ReportChart(t("core.report.chart.flags", locale), ChartKind.BAR, Breakdown.CATEGORY,
                        t("core.report.axis.pupils", locale),
                        labelled(ReferenceList.PUPIL_FLAGS, pupilsByFlag, locale)),
                new ReportChart(t("core.report.chart.interactions", locale), ChartKind.BAR, Breakdown.MONTH,
                        t("core.report.axis.interactions", locale),
                        Months.points(year, "", Months.sum(year, interactionsPerDay), locale)),
                new ReportChart(t("core.report.chart.documents", locale), ChartKind.PIE, Breakdown.TYPE, "",
                        labelled(ReferenceList.DOCUMENT_TYPES, documentsByType, locale)));
        return new ReportSection(ID, t("core.report.section", locale), figures, charts);
    }

    /** Counts by code as chart points labelled from the reference list, in the list's order. */
    private List<ChartPoint> labelled(ReferenceList list, Map<String, Long> byCode, Locale locale) {
        List<ChartPoint> points = new ArrayList<>();
        Map<String, Long> left = new LinkedHashMap<>(byCode);
        lists.items(list, locale).forEach(item -> {
            Long n = left.remove(item.code());
            if (n != null) {
                points.add(new ChartPoint("", item.label(), n));
            }
        });
        // codes no longer configured keep their counts under the code itself
        left.forEach((code, n) -> points.add(new ChartPoint("", lists.label(list, code, locale), n)));
        return points;
    }

    @SuppressWarnings("unchecked")
    static <K> Map<K, Long> pairs(List<Object[]> rows) {
        Map<K, Long> map = new LinkedHashMap<>();
        for (Object[] row : rows) {
            map.put((K) row[0], ((Number) row[1]).longValue());
        }
        return map;
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }
}
