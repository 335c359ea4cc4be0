package org.opora.core.ui.internal.order;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.OrderService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the register of orders ({@code orders}). */
@Component(service = ViewContribution.class)
@OporaView(route = "orders", titleKey = "core.ui.orders.title", icon = "vaadin:file-text-o", order = 140,
        permission = CorePermissions.STAFF_READ)
public class OrdersViewContribution implements ViewContribution {

    private final OrderService orders;
    private final SecurityContext security;

    @Activate
    public OrdersViewContribution(@Reference OrderService orders, @Reference SecurityContext security) {
        this.orders = orders;
        this.security = security;
    }

    @Override
    public Class<OrdersView> viewType() {
        return OrdersView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new OrdersView(orders, security);
    }
}
