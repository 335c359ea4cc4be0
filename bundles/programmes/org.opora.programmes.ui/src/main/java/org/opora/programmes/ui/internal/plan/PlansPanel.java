package org.opora.programmes.ui.internal.plan;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.PupilPicker;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ConfiguredList;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.api.security.SecurityContext;

/**
 * The individual plans (regulation 001) of the pupil chosen: basis, state, period and weekly hours; a row opens the
 * plan. The service lists only the plans the user may read. A specialist who drafts plans records here that the
 * pupil's parents were informed of the right to a plan (001 section 4.1), which opens the plan to be drafted.
 */
public class PlansPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient IndividualPlanService plans;
    private final ComboBox<Pupil> pupil;
    private final Grid<IndividualPlan> grid = Grids.grid("plans-grid");
    private final Button inform;

    /** @param statuses the core's pupil statuses, which name the basis of a plan */
    public PlansPanel(IndividualPlanService plans, PupilService pupils, SecurityContext security,
            ConfiguredList statuses) {
        this.plans = plans;
        setId("plans");
        setPadding(false);
        pupil = PupilPicker.create(pupils, "plans-pupil", "programmes.ui.plans.pupil");
        pupil.setWidth("32em");
        pupil.addValueChangeListener(e -> show(e.getValue()));
        inform = Forms.button("plans-inform", "programmes.ui.iplan.inform",
                () -> new InformDialog(plans, pupils, pupil.getValue(), this::open).open());
        inform.setIcon(VaadinIcon.PLUS.create());
        inform.setEnabled(false);
        inform.setVisible(security.currentUser().map(u -> u.has(ProgrammesPermissions.DRAFT)).orElse(false));
        Grids.column(grid, IndividualPlan::pupilName, "programmes.ui.plans.pupil").setFlexGrow(2);
        Grids.column(grid, IndividualPlan::className, "programmes.ui.plans.class");
        Grids.column(grid, p -> statuses.label(p.basis()), "programmes.ui.plans.basis");
        Grids.column(grid, p -> ProgrammeTexts.state(p.state()), "programmes.ui.plans.state");
        Grids.column(grid, p -> ProgrammeTexts.period(p.start(), p.end()), "programmes.ui.plans.period");
        Grids.column(grid, IndividualPlan::weeklyHours, "programmes.ui.plans.hours");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("programmes.ui.plans.choosePupil"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(Forms.bar(pupil, inform), grid);
    }

    /** Chooses the pupil, listing their plans and offering to start one. */
    public void choose(Pupil chosen) {
        pupil.setValue(chosen);
    }

    /** Lists the pupil's plans; none without a pupil. */
    void show(Pupil chosen) {
        inform.setEnabled(chosen != null);
        if (chosen == null) {
            grid.setItems(List.of());
            grid.setEmptyStateText(getTranslation("programmes.ui.plans.choosePupil"));
            return;
        }
        grid.setEmptyStateText(getTranslation("programmes.ui.plans.none"));
        grid.setItems(Failures.read(() -> plans.ofPupil(chosen.id()), List.of()));
    }

    /** Opens the plan's page. */
    void open(long planId) {
        UI.getCurrent().navigate(ProgrammeTexts.planHref(planId));
    }
}
