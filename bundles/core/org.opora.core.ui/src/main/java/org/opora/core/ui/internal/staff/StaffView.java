package org.opora.core.ui.internal.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.Notifications;

/**
 * The school's staff with their positions and specialist types, one page at a time; a name opens the person's card.
 * Those who manage staff add and change people and mark who no longer works at the school (records referring to them
 * stay).
 */
public class StaffView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient StaffService staff;
    private final transient Labels types;
    private final boolean manage;
    private final TextField search = new TextField();
    private final ComboBox<ListItem> type = new ComboBox<>();
    private final Checkbox inactive = new Checkbox();
    private final Grid<StaffMember> grid = Grids.grid("staff-grid");
    private StaffQuery query = StaffQuery.all();

    public StaffView(StaffService staff, ReferenceLists lists, SecurityContext security) {
        this.staff = staff;
        this.types = Labels.of(lists, ReferenceList.SPECIALIST_TYPES, UI.getCurrent().getLocale());
        this.manage = security.requireUser().has(CorePermissions.STAFF_MANAGE);
        setId("staff");
        setSizeFull();
        add(new H2(getTranslation("core.ui.staff.title")), filters());
        if (manage) {
            Button add = Forms.primary("staff-add", "core.ui.staff.add", () -> edit(null));
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        }
        configureGrid();
        addAndExpand(grid);
    }

    private com.vaadin.flow.component.Component filters() {
        Forms.field(search, "staff-search", "core.ui.staff.search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        Forms.field(type, "staff-type", "core.ui.staff.type");
        type.setItems(types.items());
        type.setItemLabelGenerator(ListItem::label);
        type.setClearButtonVisible(true);
        Forms.field(inactive, "staff-inactive", "core.ui.staff.inactive");
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        inactive.addValueChangeListener(e -> refresh());
        return Forms.bar(search, type, inactive);
    }

    private void configureGrid() {
        grid.addComponentColumn(this::cardLink).setHeader(getTranslation("core.ui.person.fullName"))
                .setAutoWidth(true).setResizable(true).setFlexGrow(2);
        Grids.column(grid, StaffMember::position, "core.ui.staff.position").setFlexGrow(1);
        Grids.column(grid, s -> types.labels(s.specialistTypes()), "core.ui.staff.types").setFlexGrow(1);
        Grids.column(grid, StaffMember::username, "core.ui.staff.username");
        Grids.column(grid, s -> s.active() ? "" : getTranslation("core.ui.staff.left"), "core.ui.staff.status");
        if (manage) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("core.ui.common.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.staff.none"));
        Grids.lazy(grid, (offset, limit) -> staff.find(query, offset, limit), () -> staff.count(query));
    }

    /** The name, leading to the person's card. */
    private Anchor cardLink(StaffMember s) {
        Anchor link = new Anchor(StaffCardView.route(s.id()), s.name().full());
        link.setId("staff-open-" + s.id());
        link.setTitle(getTranslation("core.ui.staff.card.open", s.name().full()));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private HorizontalLayout actions(StaffMember s) {
        HorizontalLayout box = new HorizontalLayout(
                Forms.rowButton("staff-edit-" + s.id(), VaadinIcon.EDIT, "core.ui.common.edit", () -> edit(s)),
                s.active()
                        ? Forms.rowButton("staff-deactivate-" + s.id(), VaadinIcon.BAN, "core.ui.staff.deactivate",
                                () -> askActive(s, false))
                        : Forms.rowButton("staff-activate-" + s.id(), VaadinIcon.CHECK, "core.ui.staff.activate",
                                () -> askActive(s, true)));
        box.setSpacing(false);
        return box;
    }

    private void edit(StaffMember existing) {
        new StaffDialog(staff, types, existing, this::refresh).open();
    }

    private void askActive(StaffMember s, boolean active) {
        String key = active ? "core.ui.staff.activate" : "core.ui.staff.deactivate";
        Confirm.ask("staff-active-dialog", getTranslation(key),
                getTranslation(active ? "core.ui.staff.activate.text" : "core.ui.staff.deactivate.text",
                        s.name().full()),
                getTranslation(key), () -> {
                    Failures.run(() -> {
                        staff.setActive(s.id(), active);
                        Notifications.success(getTranslation("core.ui.staff.saved", s.name().full()));
                    });
                    refresh();
                });
    }

    private void refresh() {
        ListItem t = type.getValue();
        query = new StaffQuery(search.getValue(), t == null ? "" : t.code(), inactive.getValue());
        grid.getDataProvider().refreshAll();
    }
}
