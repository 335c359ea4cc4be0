package org.opora.programmes.ui.internal.plan;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.ui.kit.Failures;
import org.opora.core.ui.kit.Grids;
import org.opora.core.ui.kit.PupilPicker;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;

/**
 * The individual plans (regulation 001) of the pupil chosen: basis, state, period and weekly hours; a row opens the
 * plan. The service lists only the plans the user may read.
 */
public class PlansPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient IndividualPlanService plans;
    private final Grid<IndividualPlan> grid = Grids.grid("plans-grid");

    public PlansPanel(IndividualPlanService plans, PupilService pupils) {
        this.plans = plans;
        setId("plans");
        setPadding(false);
        ComboBox<Pupil> pupil = PupilPicker.create(pupils, "plans-pupil", "programmes.ui.plans.pupil");
        pupil.setWidth("32em");
        pupil.addValueChangeListener(e -> show(e.getValue()));
        Grids.column(grid, IndividualPlan::pupilName, "programmes.ui.plans.pupil").setFlexGrow(2);
        Grids.column(grid, IndividualPlan::className, "programmes.ui.plans.class");
        Grids.column(grid, IndividualPlan::basis, "programmes.ui.plans.basis");
        Grids.column(grid, p -> ProgrammeTexts.state(p.state()), "programmes.ui.plans.state");
        Grids.column(grid, p -> ProgrammeTexts.period(p.start(), p.end()), "programmes.ui.plans.period");
        Grids.column(grid, IndividualPlan::weeklyHours, "programmes.ui.plans.hours");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.plans.choosePupil"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(pupil, grid);
    }

    /** Lists the pupil's plans; none without a pupil. */
    void show(Pupil pupil) {
        if (pupil == null) {
            grid.setItems(List.of());
            grid.setEmptyStateText(getTranslation("programmes.ui.plans.choosePupil"));
            return;
        }
        grid.setEmptyStateText(getTranslation("programmes.ui.plans.none"));
        grid.setItems(Failures.read(() -> plans.ofPupil(pupil.id()), List.of()));
    }

    /** Opens the plan's page. */
    void open(long planId) {
        UI.getCurrent().navigate(ProgrammeTexts.planHref(planId));
    }
}
