package org.opora.core.ui.internal.agency;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.ListItem;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/** The agencies by kind, with their contacts; editors add and change them and mark those no longer worked with. */
class AgencyList extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AgencyService agencies;
    private final transient Labels kinds;
    private final boolean edit;
    private final ComboBox<ListItem> kind = new ComboBox<>();
    private final Checkbox inactive = new Checkbox();
    private final Grid<Agency> grid = Grids.grid("agencies-grid");

    AgencyList(AgencyService agencies, Labels kinds, boolean edit) {
        this.agencies = agencies;
        this.kinds = kinds;
        this.edit = edit;
        setId("agencies-list");
        setSizeFull();
        setPadding(false);
        Forms.field(kind, "agencies-kind", "core.ui.agencies.kind");
        kind.setItems(kinds.items());
        kind.setItemLabelGenerator(ListItem::label);
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> reload());
        Forms.field(inactive, "agencies-inactive", "core.ui.agencies.inactive");
        inactive.addValueChangeListener(e -> reload());
        var bar = Forms.bar(kind, inactive);
        if (edit) {
            Button add = Forms.primary("agencies-add", "core.ui.agencies.add", () -> open(null));
            add.setIcon(VaadinIcon.PLUS.create());
            bar.add(add);
        }
        add(bar);
        configureGrid();
        addAndExpand(grid);
        reload();
    }

    private void configureGrid() {
        Grids.column(grid, a -> kinds.label(a.kind()), "core.ui.agencies.kind");
        Grids.column(grid, Agency::name, "core.ui.agencies.name").setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, Agency::contactPerson, "core.ui.agencies.contact");
        Grids.column(grid, Agency::phone, "core.ui.common.phone");
        Grids.column(grid, Agency::email, "core.ui.common.email");
        Grids.column(grid, Agency::address, "core.ui.agencies.address").setFlexGrow(1).setAutoWidth(false);
        Grids.column(grid, a -> a.active() ? "" : getTranslation("core.ui.agencies.notActive"),
                "core.ui.agencies.status");
        if (edit) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.agencies.none"));
    }

    private HorizontalLayout actions(Agency a) {
        HorizontalLayout box = new HorizontalLayout(
                Forms.rowButton("agencies-edit-" + a.id(), VaadinIcon.EDIT, "core.ui.common.edit", () -> open(a)),
                Forms.rowButton("agencies-active-" + a.id(), a.active() ? VaadinIcon.BAN : VaadinIcon.CHECK,
                        a.active() ? "core.ui.agencies.deactivate" : "core.ui.agencies.activate",
                        () -> setActive(a, !a.active())));
        box.setSpacing(false);
        return box;
    }

    private void open(Agency existing) {
        new AgencyDialog(agencies, kinds, existing, this::reload).open();
    }

    private void setActive(Agency a, boolean active) {
        Failures.run(() -> {
            agencies.setActive(a.id(), active);
            Notifications.success(getTranslation("core.ui.agencies.saved", a.name()));
        });
        reload();
    }

    void reload() {
        Failures.run(() -> {
            grid.setItems(agencies.agencies(kind.getValue() == null ? "" : kind.getValue().code(),
                    inactive.getValue()));
        });
    }
}
