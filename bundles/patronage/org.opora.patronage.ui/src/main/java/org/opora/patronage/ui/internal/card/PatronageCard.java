package org.opora.patronage.ui.internal.card;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Marks;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.ui.internal.common.PatronageTexts;

/**
 * The patronage tab of one pupil's card: each case with its period and its curators. A case the user may read
 * links to its page with its category; of the others (a class teacher) the user learns only that the pupil is
 * under patronage and who the curator is, as regulation 003 keeps the content with the people who work on it.
 */
class PatronageCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PatronageSettings settings;

    PatronageCard(CaseService cases, PatronageSettingsService settingsService, long pupilId) {
        setId("patronage-card");
        setPadding(false);
        List<CaseSummary> list = Failures.read(() -> cases.ofPupil(pupilId), List.<CaseSummary>of());
        this.settings = list.stream().anyMatch(CaseSummary::readable)
                ? PatronageTexts.settings(settingsService, getLocale()) : null;
        if (list.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("patronage.ui.card.nothing"));
            nothing.setId("patronage-card-nothing");
            add(nothing);
            return;
        }
        add(grid(list));
    }

    private Grid<CaseSummary> grid(List<CaseSummary> items) {
        Grid<CaseSummary> grid = Grids.grid("patronage-card-grid");
        grid.addComponentColumn(this::patronage).setHeader(getTranslation("patronage.ui.card.case"))
                .setAutoWidth(true);
        Grids.column(grid, s -> PatronageTexts.period(s.openedOn(), s.closedOn()), "patronage.ui.card.period");
        Grids.column(grid, s -> s.open() ? getTranslation("patronage.ui.case.state.open")
                : getTranslation("patronage.ui.case.state.closed"), "patronage.ui.card.state");
        Grids.column(grid, s -> Marks.names(s.curators()), "patronage.ui.cases.curators");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The category as a link for a case the user may read; only the existence for the others. */
    private Component patronage(CaseSummary s) {
        if (s.readable() && settings != null) {
            return Marks.link("patronage-card-case-" + s.id(), PatronageTexts.caseHref(s.id()),
                    getTranslation("patronage.ui.card.link", settings.categoryLabel(s.category()),
                            Dates.format(s.openedOn())));
        }
        Span text = new Span(getTranslation("patronage.ui.card.existence"));
        text.setId("patronage-card-existence-" + s.id());
        text.getElement().setAttribute("title", getTranslation("patronage.ui.card.hidden"));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return text;
    }
}
