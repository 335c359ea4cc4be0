package org.opora.consilium.ui.internal.composition;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the composition of the consilium ({@code consilium/composition}). */
@Component(service = ViewContribution.class)
@OporaView(route = "consilium/composition", titleKey = "consilium.nav.composition", icon = "vaadin:sitemap",
        order = 320, permission = ConsiliumPermissions.ACCESS)
public class CompositionViewContribution implements ViewContribution {

    private final CompositionView.Services services;

    @Activate
    public CompositionViewContribution(@Reference ConsiliumService consilium, @Reference StaffService staff,
            @Reference OrderService orders, @Reference SecurityContext security, @Reference BodyRoles roles) {
        this.services = new CompositionView.Services(consilium, staff, orders, security, roles);
    }

    @Override
    public Class<CompositionView> viewType() {
        return CompositionView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new CompositionView(services);
    }
}
