package org.opora.patronage.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The curators' periodic reports on a case (003 section 3.3: the curator reports on the work done at the director's
 * meeting). A serving curator of an open case submits a report and its author corrects it until it has been
 * discussed at a meeting whose minutes are finalised; everyone who may read the case reads its reports, and the read
 * is journaled. Where the school sets an interval, a report is due that many days after the curator's term began or
 * after the last report.
 */
@ProviderType
public interface ReportService {

    /** The reports of the case, newest period first. */
    List<CuratorReport> reports(long caseId);

    /** Submits a report of a serving curator of the open case, dated today. */
    CuratorReport submit(long caseId, ReportDraft draft);

    /** Corrects a report (its author) while it has not been discussed at a finalised meeting. */
    CuratorReport update(long reportId, long version, ReportDraft draft);

    /**
     * The day the next report on the open case is due by the school's interval; empty without the rule, without a
     * serving curator or on a closed case. A day before today means the report is missing.
     */
    Optional<LocalDate> nextDue(long caseId);

    /** The reports due on the open cases the user curates today, oldest due first. */
    List<ReportDue> dueFor(String username);
}
