package org.opora.patronage.impl.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
import org.opora.patronage.impl.internal.support.PatronageDatabase;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The patronage's section of the annual report: cases opened and closed in the year, cases in work at some time
 * in it, contacts per month, and the cases of the year by category — each an aggregate query bounded by the year.
 */
@Component
public class PatronageReportContribution implements ReportContribution {

    static final String ID = "patronage";

    private final PatronageDatabase db;
    private final ReferenceLists lists;
    private final Translator translator;

    @Activate
    public PatronageReportContribution(@Reference PatronageDatabase db, @Reference ReferenceLists lists,
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
        return 400;
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
        long opened = count(em, "select count(c) from CaseEntity c where c.openedOn between :first and :last", year);
        long closed = count(em, "select count(c) from CaseEntity c where c.closedOn between :first and :last", year);
        long inWork = count(em, "select count(c) from CaseEntity c where c.openedOn <= :last"
                + " and (c.closedOn is null or c.closedOn >= :first)", year);
        Map<LocalDate, Long> contactsPerDay = new TreeMap<>();
        for (Object[] row : em.createQuery("select k.date, count(k) from ContactEntity k"
                + " where k.date between :first and :last group by k.date", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultList()) {
            contactsPerDay.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        long contacts = contactsPerDay.values().stream().mapToLong(Long::longValue).sum();
        List<ChartPoint> categories = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.category, count(c) from CaseEntity c where c.openedOn <= :last"
                + " and (c.closedOn is null or c.closedOn >= :first) group by c.category order by c.category",
                Object[].class).setParameter("first", first).setParameter("last", last).getResultList()) {
            String code = (String) row[0];
            String label = code == null || code.isBlank() ? t("patronage.report.noCategory", locale)
                    : lists.label(ReferenceList.PUPIL_FLAGS, code, locale);
            categories.add(new ChartPoint("", label, ((Number) row[1]).doubleValue()));
        }
        List<KeyFigure> figures = List.of(
                new KeyFigure(t("patronage.report.inWork", locale), inWork),
                new KeyFigure(t("patronage.report.opened", locale), opened),
                new KeyFigure(t("patronage.report.closed", locale), closed),
                new KeyFigure(t("patronage.report.contacts", locale), contacts));
        List<ReportChart> charts = List.of(
                new ReportChart(t("patronage.report.chart.contacts", locale), ChartKind.BAR, Breakdown.MONTH,
                        t("patronage.report.axis.contacts", locale),
                        Months.points(year, "", Months.sum(year, contactsPerDay), locale)),
                new ReportChart(t("patronage.report.chart.categories", locale), ChartKind.PIE, Breakdown.CATEGORY,
                        "", categories));
        return new ReportSection(ID, t("patronage.report.section", locale), figures, charts);
    }

    private static long count(EntityManager em, String jpql, AcademicYear year) {
        return em.createQuery(jpql, Long.class).setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay()).getSingleResult();
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }
}
