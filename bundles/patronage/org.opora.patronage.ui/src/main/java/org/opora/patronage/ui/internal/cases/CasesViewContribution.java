package org.opora.patronage.ui.internal.cases;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.PatronageSettingsService;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the list of patronage cases ({@code patronage/cases}). It is open to everyone with access to the
 * patronage: the service lists only the cases each user works on or may read.
 */
@Component(service = ViewContribution.class)
@OporaView(route = PatronageTexts.CASES_ROUTE, titleKey = "patronage.ui.nav.cases", icon = "vaadin:shield",
        order = 410, permission = PatronagePermissions.ACCESS)
public class CasesViewContribution implements ViewContribution {

    private final CasesView.Services services;

    @Activate
    public CasesViewContribution(@Reference CaseService cases, @Reference PatronageSettingsService settings,
            @Reference PupilService pupils, @Reference StaffService staff, @Reference SecurityContext security) {
        this.services = new CasesView.Services(cases, settings, pupils, staff, security);
    }

    @Override
    public Class<CasesView> viewType() {
        return CasesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new CasesView(services);
    }
}
