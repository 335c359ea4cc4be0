package org.opora.core.ui.internal.staff;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.StaffCardSections;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the staff card ({@code staff/card/<id>}), opened from the staff list and from other modules; whoever
 * may see the staff list may open it.
 */
@Component(service = ViewContribution.class)
@OporaView(route = StaffCardView.ROUTE, titleKey = "core.ui.staff.card.title", icon = "vaadin:user-card",
        order = 121, permission = CorePermissions.STAFF_READ, navigation = false)
public class StaffCardViewContribution implements ViewContribution {

    private final StaffCardView.Services services;
    private final StaffCardSections sections;
    private final SecurityContext security;

    @Activate
    public StaffCardViewContribution(@Reference StaffService staff, @Reference StructureService structure,
            @Reference ReferenceLists lists, @Reference StaffCardSections sections,
            @Reference SecurityContext security) {
        this.services = new StaffCardView.Services(staff, structure, lists);
        this.sections = sections;
        this.security = security;
    }

    @Override
    public Class<StaffCardView> viewType() {
        return StaffCardView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new StaffCardView(services, sections, security);
    }
}
