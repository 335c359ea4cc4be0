package org.opora.programmes.ui.internal.plan;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.ReferenceList;
import org.opora.core.kit.Dates;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.IndividualPlan;

/**
 * The consultations with specialists held with the parents at any stage (001 section 4.6): the day, the specialist,
 * the parent present, the subject and the direction of work; adding and removing them is offered to whoever
 * keeps the plan until it is closed (the service decides again).
 */
class ConsultationsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /**
     * @param page          the plan page
     * @param consultations the plan's consultations, oldest first
     * @param keeps         whether the user keeps the plan (records consultations)
     */
    ConsultationsPanel(PlanPage page, List<Consultation> consultations, boolean keeps) {
        setId("plan-consultations");
        setPadding(false);
        IndividualPlan plan = page.plan();
        Labels directions = Labels.of(page.services().coreLists(), ReferenceList.DIRECTIONS, getLocale());
        boolean open = keeps && page.enabled() && !plan.state().isFinal();
        Grid<Consultation> grid = Grids.grid("consultations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grids.column(grid, c -> Dates.format(c.on()), "programmes.ui.consultation.date");
        Grids.column(grid, Consultation::specialistName, "programmes.ui.consultation.specialist");
        Grids.column(grid, Consultation::representative, "programmes.ui.consultation.representative");
        Grids.column(grid, Consultation::subject, "programmes.ui.consultation.subject").setAutoWidth(false)
                .setWidth("14rem").setFlexGrow(3);
        Grids.column(grid, c -> DirectionField.label(directions, c.workDirection()),
                "programmes.ui.consultation.direction");
        if (open) {
            grid.addComponentColumn(c -> Forms.rowButton("consultation-remove-" + c.id(), VaadinIcon.TRASH,
                    "programmes.ui.consultation.remove", () -> remove(page, c))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(consultations);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.consultation.none"));
        add(new H4(getTranslation("programmes.ui.consultation.title")), grid);
        if (open) {
            add(Forms.button("consultation-add", "programmes.ui.consultation.add",
                    () -> new ConsultationDialog(page).open()));
        }
    }

    private void remove(PlanPage page, Consultation c) {
        IndividualPlan plan = page.plan();
        if (Failures.run(() -> page.services().plans().removeConsultation(plan.id(), plan.version(), c.id()))) {
            Notifications.success(getTranslation("programmes.ui.consultation.removed"));
        }
        page.reload().run();
    }
}
