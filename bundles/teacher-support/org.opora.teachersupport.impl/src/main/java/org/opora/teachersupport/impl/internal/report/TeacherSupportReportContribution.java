package org.opora.teachersupport.impl.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.report.Breakdown;
import org.opora.core.api.report.ChartKind;
import org.opora.core.api.report.ChartPoint;
import org.opora.core.api.report.KeyFigure;
import org.opora.core.api.report.ReportChart;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.impl.internal.support.SupportDatabase;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/**
 * The teacher support's section of the annual report: support records decided on in the year, those in work at
 * some time in it, those closed by an approved conclusion, and the conclusions' verdicts — aggregate queries
 * bounded by the year.
 */
@Component
public class TeacherSupportReportContribution implements ReportContribution {

    static final String ID = "teacher-support";

    private final SupportDatabase db;
    private final Translator translator;

    @Activate
    public TeacherSupportReportContribution(@Reference SupportDatabase db, @Reference Translator translator) {
        this.db = db;
        this.translator = translator;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        return db.read(em -> section(em, request));
    }

    private ReportSection section(EntityManager em, ReportRequest request) {
        AcademicYear year = request.year();
        Locale locale = request.locale();
        long opened = count(em, "select count(r) from SupportRecordEntity r where r.decidedOn between :first and :last",
                year);
        long inWork = count(em, "select count(r) from SupportRecordEntity r where r.decidedOn <= :last"
                + " and (r.approvedOn is null or r.approvedOn >= :first)", year);
        long closed = count(em, "select count(r) from SupportRecordEntity r"
                + " where r.approvedOn between :first and :last", year);
        List<ChartPoint> verdicts = new ArrayList<>();
        for (Object[] row : em.createQuery("select r.verdict, count(r) from SupportRecordEntity r"
                + " where r.approvedOn between :first and :last and r.verdict is not null group by r.verdict",
                Object[].class).setParameter("first", year.firstDay()).setParameter("last", year.lastDay())
                .getResultList()) {
            verdicts.add(new ChartPoint("", t("teachersupport.report.verdict." + ((Verdict) row[0]).name(), locale),
                    ((Number) row[1]).doubleValue()));
        }
        List<KeyFigure> figures = List.of(
                new KeyFigure(t("teachersupport.report.inWork", locale), inWork),
                new KeyFigure(t("teachersupport.report.opened", locale), opened),
                new KeyFigure(t("teachersupport.report.closed", locale), closed));
        List<ReportChart> charts = List.of(new ReportChart(t("teachersupport.report.chart.verdicts", locale),
                ChartKind.PIE, Breakdown.OUTCOME, "", verdicts));
        return new ReportSection(ID, t("teachersupport.report.section", locale), figures, charts);
    }

    private static long count(EntityManager em, String jpql, AcademicYear year) {
        return em.createQuery(jpql, Long.class).setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay()).getSingleResult();
    }

    private String t(String key, Locale locale) {
        return translator.translate(key, locale);
    }
}
