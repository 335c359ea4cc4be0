package org.opora.teachersupport.ui.internal.records;

import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.TeacherSupportSettingsService;
import org.opora.teachersupport.api.record.SupportService;
import org.opora.teachersupport.ui.internal.common.SupportTexts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the list of support records ({@code teacher-support}). It is open to everyone with access to the
 * module: the service lists only the records each user may read.
 */
@Component(service = ViewContribution.class)
@OporaView(route = SupportTexts.RECORDS_ROUTE, titleKey = "teachersupport.ui.nav.records",
        icon = "vaadin:academy-cap", order = 510, permission = TeacherSupportPermissions.ACCESS)
public class RecordsViewContribution implements ViewContribution {

    private final RecordsView.Services services;

    @Activate
    public RecordsViewContribution(@Reference SupportService records,
            @Reference TeacherSupportSettingsService settings, @Reference StaffService staff,
            @Reference SecurityContext security) {
        this.services = new RecordsView.Services(records, settings, staff, security);
    }

    @Override
    public Class<RecordsView> viewType() {
        return RecordsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new RecordsView(services);
    }
}
