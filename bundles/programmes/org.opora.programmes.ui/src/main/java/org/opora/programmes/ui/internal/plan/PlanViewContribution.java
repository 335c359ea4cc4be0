package org.opora.programmes.ui.internal.plan;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the page of one individual plan ({@code programmes/plan/<id>}), opened from the programmes list. */
@Component(service = ViewContribution.class)
@OporaView(route = ProgrammeTexts.PLAN_ROUTE, titleKey = "programmes.ui.plan.page", icon = "vaadin:clipboard-user",
        order = 402, permission = ProgrammesPermissions.ACCESS, navigation = false)
public class PlanViewContribution implements ViewContribution {

    private final PlanView.Services services;

    @Activate
    public PlanViewContribution(@Reference IndividualPlanService plans, @Reference ProgrammeSettingsService settings,
            @Reference PupilService pupils, @Reference StaffService staff, @Reference OrderService orders,
            @Reference ReferenceLists coreLists, @Reference DocumentService documents,
            @Reference SecurityContext security) {
        this.services = new PlanView.Services(plans, settings, pupils, staff, orders, coreLists, documents, security);
    }

    @Override
    public Class<PlanView> viewType() {
        return PlanView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new PlanView(services);
    }
}
