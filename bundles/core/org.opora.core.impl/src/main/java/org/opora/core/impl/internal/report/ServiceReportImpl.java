package org.opora.core.impl.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.report.ReportContribution;
import org.opora.core.api.report.ReportRequest;
import org.opora.core.api.report.ReportSection;
import org.opora.core.api.report.ServiceReport;
import org.opora.core.impl.internal.support.Guard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the sections of the installed modules (000 §5.1.2): a module that comes adds its section, one that
 * goes takes it away. Sections come in the order of {@link ReportContribution#order()}, then id.
 */
@Component
public class ServiceReportImpl implements ServiceReport {

    /** How many years back the picker offers when the school has no older classes. */
    static final int YEARS_BACK = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ServiceReportImpl.class);
    private static final Comparator<ReportContribution> ORDER =
            Comparator.comparingInt(ReportContribution::order).thenComparing(ReportContribution::id);

    private final Guard guard;
    private final SchoolService school;
    private final List<ReportContribution> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public ServiceReportImpl(@Reference Guard guard, @Reference SchoolService school) {
        this.guard = guard;
        this.school = school;
    }

    @Reference(name = "contributions", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "remove")
    public void add(ReportContribution contribution) {
        contributions.add(contribution);
    }

    public void remove(ReportContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public List<ReportSection> sections(AcademicYear year, Locale locale) {
        guard.require(CorePermissions.REPORT_READ);
        ReportRequest request = new ReportRequest(year, locale, guard.actor());
        List<ReportContribution> ordered = new ArrayList<>(contributions);
        ordered.sort(ORDER);
        List<ReportSection> sections = new ArrayList<>(ordered.size());
        List<String> ids = new ArrayList<>();
        for (ReportContribution c : ordered) {
            if (ids.contains(c.id())) {
                continue;
            }
            try {
                sections.add(c.section(request));
                ids.add(c.id());
            } catch (RuntimeException e) {
                // one module's failure leaves its section out rather than taking the whole report down
                LOG.warn("Report section {} for {} failed", c.id(), year, e);
            }
        }
        return sections;
    }

    @Override
    public List<AcademicYear> years() {
        AcademicYear current = school.school().currentYear();
        List<AcademicYear> known = school.years();
        AcademicYear first = known.isEmpty() ? current : known.get(0);
        AcademicYear floor = new AcademicYear(current.startYear() - YEARS_BACK);
        if (first.compareTo(floor) > 0) {
            first = floor;
        }
        List<AcademicYear> years = new ArrayList<>();
        for (AcademicYear y = current; y.compareTo(first) >= 0; y = new AcademicYear(y.startYear() - 1)) {
            years.add(y);
        }
        return years;
    }
}
