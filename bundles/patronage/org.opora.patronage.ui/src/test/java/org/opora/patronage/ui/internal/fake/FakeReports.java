package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.report.ReportDue;
import org.opora.patronage.api.report.ReportService;

/** A report service that fails the test on every call it does not override. */
public class FakeReports implements ReportService {

    @Override
    public List<CuratorReport> reports(long caseId) {
        throw Unexpected.call("reports");
    }

    @Override
    public CuratorReport submit(long caseId, ReportDraft draft) {
        throw Unexpected.call("submit");
    }

    @Override
    public CuratorReport update(long reportId, long version, ReportDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Optional<LocalDate> nextDue(long caseId) {
        throw Unexpected.call("nextDue");
    }

    @Override
    public List<ReportDue> dueFor(String username) {
        throw Unexpected.call("dueFor");
    }
}
