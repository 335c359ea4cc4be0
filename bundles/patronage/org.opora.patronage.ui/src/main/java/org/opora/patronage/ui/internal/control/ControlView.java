package org.opora.patronage.ui.internal.control;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.report.ControlRow;
import org.opora.patronage.api.report.ControlService;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The director's control over the measures of the patronage ({@code patronage/control}; regulation 003 section 3.1):
 * every open case with its curators, the plan rows overdue, the contact due and the curator's report due, those
 * needing attention first; by default only those are shown. A pupil's name opens the case.
 */
public class ControlView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient List<ControlRow> rows;
    private final transient PatronageSettings settings;
    private final Checkbox attention = new Checkbox(true);
    private final Grid<ControlRow> grid = Grids.grid("patronage-control-grid");

    /** The services the view calls. */
    public record Services(ControlService control, PatronageSettingsService settings) {
    }

    public ControlView(Services services) {
        setId("patronage-control");
        setSizeFull();
        this.settings = PatronageTexts.settings(services.settings(), getLocale());
        this.rows = Failures.read(() -> services.control().control(), List.<ControlRow>of());
        add(new H2(getTranslation("patronage.ui.control.title")));
        Paragraph hint = new Paragraph(getTranslation("patronage.ui.control.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        Span summary = new Span(getTranslation("patronage.ui.control.summary", rows.size(),
                rows.stream().filter(ControlRow::attention).count()));
        summary.setId("patronage-control-summary");
        Forms.field(attention, "patronage-control-attention", "patronage.ui.control.attentionOnly");
        attention.addValueChangeListener(e -> show());
        add(hint, summary, attention);
        configure();
        addAndExpand(grid);
        show();
    }

    private void configure() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::pupil).setHeader(getTranslation("patronage.ui.control.pupil"))
                .setWidth("13rem").setFlexGrow(3).setResizable(true);
        fixed(grid.addColumn(ControlRow::className), "patronage.ui.control.class", "5rem");
        grid.addColumn(r -> settings.categoryLabel(r.category()))
                .setHeader(getTranslation("patronage.ui.control.category")).setWidth("9rem").setFlexGrow(1);
        fixed(grid.addColumn(r -> Dates.format(r.openedOn())), "patronage.ui.control.opened", "7rem");
        grid.addComponentColumn(this::curators).setHeader(getTranslation("patronage.ui.control.curators"))
                .setWidth("11rem").setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("patronage.ui.control.overdue"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::contact).setHeader(getTranslation("patronage.ui.control.contact"))
                .setWidth("9rem").setFlexGrow(0);
        fixed(grid.addColumn(r -> Dates.format(r.lastReport())), "patronage.ui.control.lastReport", "8rem");
        grid.addComponentColumn(this::report).setHeader(getTranslation("patronage.ui.control.report"))
                .setWidth("10rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("patronage.ui.control.none"));
    }

    private void show() {
        grid.setItems(attention.getValue() ? rows.stream().filter(ControlRow::attention).toList() : rows);
    }

    private Component pupil(ControlRow r) {
        return Marks.link("patronage-control-case-" + r.caseId(), PatronageTexts.caseHref(r.caseId()),
                r.pupil());
    }

    private Component curators(ControlRow r) {
        if (r.withoutCurator()) {
            return Marks.badge("patronage-control-no-curator-" + r.caseId(),
                    getTranslation("patronage.ui.control.noCurator"), "badge error");
        }
        return new Span(Marks.names(r.curators()));
    }

    private Component overdue(ControlRow r) {
        if (r.overdueRows() == 0) {
            return new Span(Marks.dash(""));
        }
        return Marks.badge("patronage-control-overdue-" + r.caseId(),
                getTranslation("patronage.ui.control.overdueRows", r.overdueRows()), "badge error");
    }

    private Component contact(ControlRow r) {
        return due("patronage-control-contact-" + r.caseId(), r.contactDue());
    }

    private Component report(ControlRow r) {
        return due("patronage-control-report-" + r.caseId(), r.reportDue());
    }

    /** The day something fell due, in red; a dash when nothing is due. */
    private Component due(String id, LocalDate day) {
        if (day == null) {
            return new Span(Marks.dash(""));
        }
        return Marks.badge(id, getTranslation("patronage.ui.control.dueSince", Dates.format(day)),
                "badge error");
    }

    private <T> void fixed(Grid.Column<T> column, String headerKey, String width) {
        column.setHeader(getTranslation(headerKey)).setWidth(width).setFlexGrow(0).setResizable(true);
    }
}
