package org.opora.core.ui.internal.structure;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the structure of the support service ({@code service}). */
@Component(service = ViewContribution.class)
@OporaView(route = "service", titleKey = "core.ui.service.title", icon = "vaadin:sitemap", order = 130,
        permission = CorePermissions.STAFF_READ)
public class ServiceViewContribution implements ViewContribution {

    private final StructureService structure;
    private final StaffService staff;
    private final OrderService orders;
    private final ReferenceLists lists;
    private final SecurityContext security;

    @Activate
    public ServiceViewContribution(@Reference StructureService structure, @Reference StaffService staff,
            @Reference OrderService orders, @Reference ReferenceLists lists, @Reference SecurityContext security) {
        this.structure = structure;
        this.staff = staff;
        this.orders = orders;
        this.lists = lists;
        this.security = security;
    }

    @Override
    public Class<ServiceView> viewType() {
        return ServiceView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ServiceView(structure, staff, orders, lists, security);
    }
}
