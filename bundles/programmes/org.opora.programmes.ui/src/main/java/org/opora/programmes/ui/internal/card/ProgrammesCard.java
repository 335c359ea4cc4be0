package org.opora.programmes.ui.internal.card;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Grids;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * The programmes tab of one pupil's card: each programme with its state, period and curator. One the user may read
 * links to its page; of the others the user learns only that they exist, as regulation 002 keeps the content with
 * the curator and the participants. Below, the pupil's individual plans (regulation 001) the user may read, each
 * linking to its page.
 */
class ProgrammesCard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    ProgrammesCard(ProgrammeService programmes, IndividualPlanService plans, long pupilId) {
        setId("programmes-card");
        setPadding(false);
        List<ProgrammeSummary> list = read(() -> programmes.ofPupil(pupilId));
        List<IndividualPlan> planList = read(() -> plans.ofPupil(pupilId));
        if (list.isEmpty() && planList.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("programmes.ui.card.nothing"));
            nothing.setId("programmes-card-nothing");
            add(nothing);
            return;
        }
        add(ProgrammeTexts.restricted());
        if (!list.isEmpty()) {
            add(grid(list));
        }
        if (!planList.isEmpty()) {
            add(new H4(getTranslation("programmes.ui.card.plans")), plans(planList));
        }
    }

    /** What the service lets the user see; nothing when the user may not know of any. */
    private static <T> List<T> read(Supplier<List<T>> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            return List.of();
        } catch (RuntimeException e) {
            Failures.show(e);
            return List.of();
        }
    }

    private Grid<IndividualPlan> plans(List<IndividualPlan> items) {
        Grid<IndividualPlan> grid = Grids.grid("programmes-card-plans");
        grid.addComponentColumn(p -> ProgrammeTexts.link("programmes-card-plan-" + p.id(),
                ProgrammeTexts.planHref(p.id()), getTranslation("programmes.ui.card.plan",
                        ProgrammeTexts.dash(ProgrammeTexts.period(p.start(), p.end())))))
                .setHeader(getTranslation("programmes.ui.card.plan.header")).setAutoWidth(true);
        Grids.column(grid, p -> ProgrammeTexts.state(p.state()), "programmes.ui.list.state");
        Grids.column(grid, IndividualPlan::coordinatorName, "programmes.ui.plan.coordinator");
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
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
