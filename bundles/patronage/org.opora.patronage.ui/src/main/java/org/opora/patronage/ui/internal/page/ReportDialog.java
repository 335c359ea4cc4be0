package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.team.Curator;
import org.opora.platform.ui.api.Notifications;

/**
 * Submits the curator's report on the work done, or corrects one: the period (by default from the day after the last
 * report, or from the first day of the curator's term, to today), the work done, the results, the difficulties and
 * the proposals.
 */
class ReportDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;
    private final transient CuratorReport report;
    private final DatePicker from = Dates.picker("patronage-report-from", "patronage.ui.report.from");
    private final DatePicker to = Dates.picker("patronage-report-to", "patronage.ui.report.to");
    private final TextArea work = Forms.field(new TextArea(), "patronage-report-work", "patronage.ui.report.workDone");
    private final TextArea results = Forms.field(new TextArea(), "patronage-report-results",
            "patronage.ui.report.results");
    private final TextArea difficulties = Forms.field(new TextArea(), "patronage-report-difficulties",
            "patronage.ui.report.difficulties");
    private final TextArea proposals = Forms.field(new TextArea(), "patronage-report-proposals",
            "patronage.ui.report.proposals");

    /**
     * @param report  the report to correct, or {@code null} for a new one
     * @param earlier the case's reports, for the period a new report begins with
     */
    ReportDialog(CasePage page, CuratorReport report, List<CuratorReport> earlier) {
        this.page = page;
        this.report = report;
        setId("patronage-report-dialog");
        setHeaderTitle(getTranslation(report == null ? "patronage.ui.report.submit" : "patronage.ui.report.edit"));
        setWidth("48em");
        add(ReportsPanel.hint(getTranslation("patronage.ui.report.hint")));
        LocalDate today = LocalDate.now();
        Dates.min(from, page.patronageCase().openedOn());
        Dates.max(from, today);
        Dates.max(to, today);
        work.setHelperText(getTranslation("patronage.ui.report.workDone.help"));
        if (report == null) {
            from.setValue(firstDay(earlier, today));
            to.setValue(today);
        } else {
            from.setValue(report.from());
            to.setValue(report.to());
            work.setValue(report.workDone());
            results.setValue(report.results());
            difficulties.setValue(report.difficulties());
            proposals.setValue(report.proposals());
        }
        FormLayout layout = Forms.form(from, to, work, results, difficulties, proposals);
        layout.setColspan(work, 2);
        layout.setColspan(results, 2);
        layout.setColspan(difficulties, 2);
        layout.setColspan(proposals, 2);
        add(layout);
        getFooter().add(Forms.button("patronage-report-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("patronage-report-save", "core.kit.common.save", this::save));
    }

    /** The day after the last period reported on, else the first day of the user's term, never after today. */
    private LocalDate firstDay(List<CuratorReport> earlier, LocalDate today) {
        LocalDate day = earlier.stream().map(CuratorReport::to).max(Comparator.naturalOrder())
                .map(d -> d.plusDays(1)).orElseGet(() -> {
                    Curator term = page.servingTerm();
                    return term == null ? page.patronageCase().openedOn() : term.from();
                });
        return day.isAfter(today) ? today : day;
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("workDone", work);
        m.put("results", results);
        m.put("difficulties", difficulties);
        m.put("proposals", proposals);
        return m;
    }

    private void save() {
        Failures.clear(fields());
        HasValidation missing = from.getValue() == null ? from
                : to.getValue() == null ? to
                : work.getValue().isBlank() ? work : results.getValue().isBlank() ? results : null;
        if (missing != null) {
            Failures.required(missing);
            return;
        }
        ReportDraft draft = new ReportDraft(from.getValue(), to.getValue(), work.getValue(), results.getValue(),
                difficulties.getValue(), proposals.getValue());
        Failures.on(fields(), () -> {
            close();
            page.reload().run();
        }).run(() -> {
            if (report == null) {
                page.services().reports().submit(page.id(), draft);
            } else {
                page.services().reports().update(report.id(), report.version(), draft);
            }
            Notifications.success(getTranslation("patronage.ui.report.saved"));
            close();
            page.reload().run();
        });
    }
}
