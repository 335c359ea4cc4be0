package org.opora.core.ui.internal.structure;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.ListItem;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.core.kit.OrderPicker;

/**
 * One functional body (the consilium, the prevention council, a service): its members today with their roles and appointing
 * orders, or every membership past and present.
 */
class BodyPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ServiceView.Services services;
    private final transient Labels roles;
    private final ListItem body;
    private final boolean manage;
    private final Checkbox showHistory = new Checkbox();
    private final Grid<BodyMember> grid;
    private final Grid.Column<BodyMember> to;

    BodyPanel(ServiceView.Services services, ListItem body, Labels roles, boolean manage) {
        this.services = services;
        this.body = body;
        this.roles = roles;
        this.manage = manage;
        String prefix = "body-" + body.code();
        setId(prefix);
        setPadding(false);
        grid = Grids.grid(prefix + "-members");
        Grids.column(grid, BodyMember::staffName, "core.ui.person.fullName").setFlexGrow(2);
        Grids.column(grid, m -> roles.label(m.role()), "core.ui.service.role");
        Grids.column(grid, m -> Dates.format(m.from()), "core.ui.service.from");
        to = Grids.column(grid, m -> Dates.format(m.to()), "core.ui.service.to");
        Grids.column(grid, m -> OrderPicker.reference(m.orderNumber(), m.orderDate()), "core.ui.service.order");
        if (manage) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("core.ui.service.noMembers"));
        Forms.field(showHistory, prefix + "-history", "core.ui.service.showHistory");
        showHistory.addValueChangeListener(e -> reload());
        var bar = Forms.bar(showHistory);
        if (manage) {
            Button add = Forms.button(prefix + "-add", "core.ui.service.addMember",
                    () -> new MemberDialog(services, body, roles, this::reload).open());
            add.setIcon(VaadinIcon.PLUS.create());
            bar.addComponentAsFirst(add);
        }
        add(new H3(body.label()), bar, grid);
        reload();
    }

    private com.vaadin.flow.component.Component actions(BodyMember m) {
        if (m.to() != null && m.to().isBefore(LocalDate.now())) {
            return new Span();
        }
        return Forms.rowButton("body-" + body.code() + "-end-" + m.id(), VaadinIcon.SIGN_OUT,
                "core.ui.service.endMembership", () -> new EndMembershipDialog(services, m, this::reload).open());
    }

    private void reload() {
        boolean all = showHistory.getValue();
        to.setVisible(all);
        Failures.run(() -> {
            grid.setItems(all ? services.structure().memberHistory(body.code())
                    : services.structure().members(body.code(), LocalDate.now()));
        });
    }
}
