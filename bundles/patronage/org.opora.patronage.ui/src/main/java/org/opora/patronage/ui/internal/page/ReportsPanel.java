package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The curators' reports on the case (regulation 003 section 3.3: the curator reports on the work done at the
 * director's meeting): each period with the work done, the results, the difficulties and the proposals, who
 * submitted it and when, and the meeting that discussed it. A curator serving today submits a report, and corrects
 * their own until a finalised meeting has discussed it. Above, the day the next report is due by the school's
 * interval, in red once it has come.
 */
class ReportsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CasePage page;

    ReportsPanel(CasePage page) {
        this.page = page;
        setId("patronage-reports");
        setPadding(false);
        List<CuratorReport> reports = Failures.read(() -> page.services().reports().reports(page.id()),
                List.<CuratorReport>of());
        Optional<LocalDate> due = page.patronageCase().open()
                ? Failures.read(() -> page.services().reports().nextDue(page.id()), Optional.<LocalDate>empty())
                : Optional.empty();
        due.ifPresent(day -> add(nextDue(day)));
        if (page.reports()) {
            Button submit = Forms.primary("patronage-report-submit", "patronage.ui.report.submit",
                    () -> new ReportDialog(page, null, reports).open());
            submit.setIcon(VaadinIcon.PLUS.create());
            add(submit);
        }
        add(grid(reports));
    }

    private Component nextDue(LocalDate day) {
        Div line = new Div();
        line.setId("patronage-report-next-due");
        if (day.isAfter(LocalDate.now())) {
            line.add(new Span(getTranslation("patronage.ui.report.nextDue", Dates.format(day))));
        } else {
            line.add(Marks.badge("patronage-report-missing",
                    getTranslation("patronage.ui.report.missing", Dates.format(day)), "badge error"));
        }
        return line;
    }

    private Grid<CuratorReport> grid(List<CuratorReport> reports) {
        Grid<CuratorReport> grid = Grids.grid("patronage-reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        fixed(grid.addColumn(r -> PatronageTexts.period(r.from(), r.to())), "patronage.ui.report.period", "10rem");
        fixed(grid.addColumn(r -> Dates.format(r.submittedOn())), "patronage.ui.report.submittedOn", "7rem");
        text(grid.addColumn(CuratorReport::author), "patronage.ui.report.author", 2);
        text(grid.addColumn(CuratorReport::workDone), "patronage.ui.report.workDone", 4);
        text(grid.addColumn(CuratorReport::results), "patronage.ui.report.results", 3);
        text(grid.addColumn(r -> Marks.dash(r.difficulties())), "patronage.ui.report.difficulties", 2);
        text(grid.addColumn(r -> Marks.dash(r.proposals())), "patronage.ui.report.proposals", 2);
        grid.addComponentColumn(this::meeting).setHeader(getTranslation("patronage.ui.report.meeting"))
                .setWidth("10rem").setFlexGrow(0).setResizable(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("patronage.ui.report.none"));
        return grid;
    }

    /** The meeting the report is put on; discussed once its minutes are finalised. */
    private Component meeting(CuratorReport r) {
        if (r.meetingId() == null) {
            return new Span(Marks.dash(""));
        }
        Div cell = new Div(new Span(getTranslation("patronage.ui.report.meeting.minutes", r.meetingNumber(),
                Dates.format(r.meetingDate()))));
        cell.add(new Div(r.discussed()
                ? Marks.badge("patronage-report-discussed-" + r.id(),
                        getTranslation("patronage.ui.report.discussed"), "badge success small")
                : Marks.badge("patronage-report-on-meeting-" + r.id(),
                        getTranslation("patronage.ui.report.onMeeting"), "badge small")));
        return cell;
    }

    private Component actions(CuratorReport r) {
        if (!page.correctsReport(r)) {
            return new Span();
        }
        return Forms.rowButton("patronage-report-edit-" + r.id(), VaadinIcon.EDIT, "patronage.ui.report.edit",
                () -> new ReportDialog(page, r, List.of()).open());
    }

    private <T> void text(Grid.Column<T> column, String headerKey, int weight) {
        column.setHeader(getTranslation(headerKey)).setWidth("7rem").setFlexGrow(weight).setResizable(true);
    }

    private <T> void fixed(Grid.Column<T> column, String headerKey, String width) {
        column.setHeader(getTranslation(headerKey)).setWidth(width).setFlexGrow(0).setResizable(true);
    }

    /** A hint under the title of a dialog. */
    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        return p;
    }
}
