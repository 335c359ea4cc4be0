package org.opora.core.ui.internal.agency;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Labels;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import com.vaadin.flow.component.UI;

/** The log of interactions with agencies, newest first, one page at a time; editors record and correct them. */
class InteractionLog extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AgencyService agencies;
    private final transient PupilService pupils;
    private final boolean edit;
    private final transient ReferenceLists lists;
    private final transient Labels directions;
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final Grid<Interaction> grid = Grids.grid("interactions-grid");
    private List<Agency> known = List.of();

    /** @param pupils the pupil service, or {@code null} when the user may not read pupils */
    InteractionLog(AgencyService agencies, PupilService pupils, ReferenceLists lists, boolean edit) {
        this.agencies = agencies;
        this.lists = lists;
        this.directions = Labels.of(lists, ReferenceList.DIRECTIONS, UI.getCurrent().getLocale());
        this.pupils = pupils;
        this.edit = edit;
        setId("agencies-log");
        setSizeFull();
        setPadding(false);
        Forms.field(agency, "interactions-agency", "core.ui.interactions.agency");
        agency.setItemLabelGenerator(Agency::name);
        agency.setClearButtonVisible(true);
        agency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var bar = Forms.bar(agency);
        if (edit) {
            Button add = Forms.primary("interactions-add", "core.ui.interactions.add", () -> open(null));
            add.setIcon(VaadinIcon.PLUS.create());
            bar.add(add);
        }
        add(bar);
        configureGrid();
        addAndExpand(grid);
        reloadAgencies();
    }

    private void configureGrid() {
        Grids.column(grid, i -> Dates.format(i.date()), "core.ui.interactions.date").setFlexGrow(0);
        Grids.column(grid, Interaction::agency, "core.ui.interactions.agency");
        Grids.column(grid, Interaction::pupil, "core.ui.interactions.pupil");
        Grids.column(grid, i -> DirectionField.label(directions, i.direction()), "core.kit.direction");
        Grids.column(grid, Interaction::subject, "core.ui.interactions.subject").setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, Interaction::outcome, "core.ui.interactions.outcome").setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, Interaction::nextStep, "core.ui.interactions.nextStep").setFlexGrow(1)
                .setAutoWidth(false);
        Grids.column(grid, i -> Dates.format(i.nextDue()), "core.ui.interactions.due").setFlexGrow(0);
        if (edit) {
            grid.addComponentColumn(i -> Forms.rowButton("interactions-edit-" + i.id(), VaadinIcon.EDIT,
                    "core.ui.common.edit", () -> open(i))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.interactions.none"));
        Grids.lazy(grid, (offset, limit) -> agencies.interactions(agencyId(), null, offset, limit),
                () -> agencies.countInteractions(agencyId(), null));
    }

    private Long agencyId() {
        return agency.getValue() == null ? null : agency.getValue().id();
    }

    private void open(Interaction existing) {
        new InteractionDialog(agencies, pupils, lists, known, existing, () -> grid.getDataProvider().refreshAll()).open();
    }

    /** Reads the agencies to choose from afresh. */
    void reloadAgencies() {
        Failures.run(() -> {
            known = agencies.agencies("", false);
            Agency chosen = agency.getValue();
            agency.setItems(known);
            if (chosen != null) {
                known.stream().filter(a -> a.id() == chosen.id()).findFirst().ifPresent(agency::setValue);
            }
        });
    }
}
