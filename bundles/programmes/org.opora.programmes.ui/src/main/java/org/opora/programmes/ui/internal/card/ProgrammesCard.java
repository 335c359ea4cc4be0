package org.opora.programmes.ui.internal.card;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.ui.kit.Failures;
import org.opora.core.ui.kit.Grids;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * The programmes tab of one pupil's card: each programme with its state, period and curator. One the user may read
 * links to its page; of the others the user learns only that they exist, as regulation 002 keeps the content with
 * the curator and the participants.
 */
class ProgrammesCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    ProgrammesCard(ProgrammeService programmes, long pupilId) {
        setId("programmes-card");
        setPadding(false);
        List<ProgrammeSummary> list;
        try {
            list = programmes.ofPupil(pupilId);
        } catch (AccessDeniedException e) {
            list = List.of();
        } catch (RuntimeException e) {
            Failures.show(e);
            list = List.of();
        }
        if (list.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("programmes.ui.card.nothing"));
            nothing.setId("programmes-card-nothing");
            add(nothing);
            return;
        }
        add(ProgrammeTexts.restricted(), grid(list));
    }

    private Grid<ProgrammeSummary> grid(List<ProgrammeSummary> items) {
        Grid<ProgrammeSummary> grid = Grids.grid("programmes-card-grid");
        grid.addComponentColumn(this::programme).setHeader(getTranslation("programmes.ui.card.programme"))
                .setAutoWidth(true);
        Grids.column(grid, s -> ProgrammeTexts.state(s.state()), "programmes.ui.list.state");
        Grids.column(grid, ProgrammeSummary::curatorName, "programmes.ui.list.curator");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The period: a link for a programme the user may read, plain text and a remark for the others. */
    private Component programme(ProgrammeSummary s) {
        String period = ProgrammeTexts.dash(ProgrammeTexts.period(s.start(), s.end()));
        if (s.contentVisible()) {
            return ProgrammeTexts.link("programmes-card-programme-" + s.id(), ProgrammeTexts.programmeHref(s.id()),
                    getTranslation("programmes.ui.card.link", period));
        }
        Span text = new Span(getTranslation("programmes.ui.card.existence", period));
        text.setId("programmes-card-existence-" + s.id());
        text.getElement().setAttribute("title", getTranslation("programmes.ui.list.hidden"));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return text;
    }
}
