package org.opora.core.ui.internal.staff;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the staff list ({@code staff}). */
@Component(service = ViewContribution.class)
@OporaView(route = "staff", titleKey = "core.ui.staff.title", icon = "vaadin:user-card", order = 120,
        permission = CorePermissions.STAFF_READ)
public class StaffViewContribution implements ViewContribution {

    private final StaffService staff;
    private final ReferenceLists lists;
    private final SecurityContext security;

    @Activate
    public StaffViewContribution(@Reference StaffService staff, @Reference ReferenceLists lists,
            @Reference SecurityContext security) {
        this.staff = staff;
        this.lists = lists;
        this.security = security;
    }

    @Override
    public Class<StaffView> viewType() {
        return StaffView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new StaffView(staff, lists, security);
    }
}
