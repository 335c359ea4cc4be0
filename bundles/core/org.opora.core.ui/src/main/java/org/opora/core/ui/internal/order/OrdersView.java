package org.opora.core.ui.internal.order;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.platform.api.security.SecurityContext;

/**
 * The register of the director's orders, newest first; every "appointed by order" in the intranet refers
 * to one of them. Those who manage the service structure register and correct orders.
 */
public class OrdersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient OrderService orders;
    private final TextField search = new TextField();
    private final Grid<Order> grid = Grids.grid("orders-grid");
    private final boolean manage;

    public OrdersView(OrderService orders, SecurityContext security) {
        this.orders = orders;
        this.manage = security.requireUser().has(CorePermissions.STRUCTURE_MANAGE);
        setId("orders");
        setSizeFull();
        add(new H2(getTranslation("core.ui.orders.title")));
        Forms.field(search, "orders-search", "core.ui.orders.search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var bar = Forms.bar(search);
        if (manage) {
            Button add = Forms.primary("orders-add", "core.ui.orders.add", () -> edit(null));
            add.setIcon(VaadinIcon.PLUS.create());
            bar.add(add);
        }
        add(bar);
        configureGrid();
        addAndExpand(grid);
    }

    private void configureGrid() {
        Grids.column(grid, Order::number, "core.ui.orders.number").setFlexGrow(0);
        Grids.column(grid, o -> Dates.format(o.date()), "core.ui.orders.date").setFlexGrow(0);
        Grids.column(grid, Order::title, "core.ui.orders.orderTitle").setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, Order::subject, "core.ui.orders.subject").setFlexGrow(2).setAutoWidth(false);
        if (manage) {
            grid.addComponentColumn(o -> Forms.rowButton("orders-edit-" + o.id(), VaadinIcon.EDIT,
                    "core.ui.common.edit", () -> edit(o))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("core.ui.orders.none"));
        Grids.lazy(grid, (offset, limit) -> orders.find(search.getValue().strip(), offset, limit),
                () -> orders.count(search.getValue().strip()));
    }

    private void edit(Order existing) {
        new OrderDialog(orders, existing, o -> grid.getDataProvider().refreshAll()).open();
    }
}
