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
 * Contributes the programmes list opened on a pupil's individual plans ({@code programmes/plans/<pupilId>}), the
 * place the coordinator's duty of 001 §6.1 opens; not in the menu.
 */
@Component(service = ViewContribution.class)
@OporaView(route = "programmes/plans", titleKey = "programmes.nav.programmes", icon = "vaadin:clipboard-user",
        order = 403, permission = ProgrammesPermissions.ACCESS, navigation = false)
public class PlansOfPupilViewContribution implements ViewContribution {

    private final ProgrammesView.Services services;

    @Activate
    public PlansOfPupilViewContribution(@Reference ProgrammeService programmes,
            @Reference IndividualPlanService plans, @Reference ProgrammeSettingsService settings,
            @Reference ReferenceLists coreLists,
            @Reference StaffService staff, @Reference PupilService pupils,
            @Reference ClassService classes, @Reference SchoolService school, @Reference SecurityContext security) {
        this.services = new ProgrammesView.Services(programmes, plans, settings, coreLists, staff, pupils, classes, school, security);
    }

    @Override
    public Class<PlansOfPupilView> viewType() {
        return PlansOfPupilView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new PlansOfPupilView(services);
    }
}
