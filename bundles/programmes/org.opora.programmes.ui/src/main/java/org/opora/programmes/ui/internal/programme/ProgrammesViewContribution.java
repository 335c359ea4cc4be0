package org.opora.programmes.ui.internal.programme;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.ProgrammeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the list of support programmes ({@code programmes}) with the tab of individual plans. It is open to
 * everyone with access to the programmes: the service lists only what each user may see.
 */
@Component(service = ViewContribution.class)
@OporaView(route = "programmes", titleKey = "programmes.nav.programmes", icon = "vaadin:clipboard-user",
        order = 400, permission = ProgrammesPermissions.ACCESS)
public class ProgrammesViewContribution implements ViewContribution {

    private final ProgrammesView.Services services;

    @Activate
    public ProgrammesViewContribution(@Reference ProgrammeService programmes,
            @Reference IndividualPlanService plans, @Reference ProgrammeSettingsService settings,
            @Reference ReferenceLists coreLists,
            @Reference StaffService staff, @Reference PupilService pupils,
            @Reference ClassService classes, @Reference SchoolService school, @Reference SecurityContext security) {
        this.services = new ProgrammesView.Services(programmes, plans, settings, coreLists, staff, pupils, classes, school, security);
    }

    @Override
    public Class<ProgrammesView> viewType() {
        return ProgrammesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ProgrammesView(services);
    }
}
