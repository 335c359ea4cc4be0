package org.opora.core.ui.internal.school;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the school's data in the administration group ({@code school}). */
@Component(service = ViewContribution.class)
@OporaView(route = "school", titleKey = "core.ui.school.title", icon = "vaadin:institution", order = 905,
        permission = CorePermissions.SCHOOL_MANAGE, group = "platform.nav.admin")
public class SchoolViewContribution implements ViewContribution {

    private final SchoolService school;
    private final StaffService staff;

    @Activate
    public SchoolViewContribution(@Reference SchoolService school, @Reference StaffService staff) {
        this.school = school;
        this.staff = staff;
    }

    @Override
    public Class<SchoolView> viewType() {
        return SchoolView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SchoolView(school, staff);
    }
}
