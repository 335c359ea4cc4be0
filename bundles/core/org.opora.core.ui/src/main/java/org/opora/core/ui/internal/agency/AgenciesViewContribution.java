package org.opora.core.ui.internal.agency;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.pupil.PupilService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the external agencies and the interaction log ({@code agencies}). */
@Component(service = ViewContribution.class)
@OporaView(route = "agencies", titleKey = "core.ui.agencies.title", icon = "vaadin:building", order = 160,
        permission = CorePermissions.AGENCY_READ)
public class AgenciesViewContribution implements ViewContribution {

    private final AgencyService agencies;
    private final PupilService pupils;
    private final ReferenceLists lists;
    private final SecurityContext security;

    @Activate
    public AgenciesViewContribution(@Reference AgencyService agencies, @Reference PupilService pupils,
            @Reference ReferenceLists lists, @Reference SecurityContext security) {
        this.agencies = agencies;
        this.pupils = pupils;
        this.lists = lists;
        this.security = security;
    }

    @Override
    public Class<AgenciesView> viewType() {
        return AgenciesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new AgenciesView(agencies, pupils, lists, security);
    }
}
