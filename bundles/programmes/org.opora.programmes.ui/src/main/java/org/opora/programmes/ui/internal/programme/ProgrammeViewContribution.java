package org.opora.programmes.ui.internal.programme;

import java.util.Optional;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StaffService;
import org.opora.programmes.api.ProgrammeSettingsService;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.ui.internal.common.ProgrammeTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Contributes the page of one programme ({@code programmes/programme/<id>}), opened from the list and the card. */
@Component(service = ViewContribution.class)
@OporaView(route = ProgrammeTexts.PROGRAMME_ROUTE, titleKey = "programmes.ui.programme.page",
        icon = "vaadin:clipboard-user", order = 401, permission = ProgrammesPermissions.ACCESS, navigation = false)
public class ProgrammeViewContribution implements ViewContribution {

    private final ProgrammeView.Services services;
    /** The link to the consilium module, when installed; it may come and go while the page is open. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProtocolSource protocols;

    @Activate
    public ProgrammeViewContribution(@Reference ProgrammeService programmes, @Reference ProgrammeLifecycle lifecycle,
            @Reference SupportPlanService plan, @Reference ProgrammeSettingsService settings,
            @Reference StaffService staff, @Reference PupilService pupils, @Reference DocumentService documents,
            @Reference SecurityContext security, @Reference ReferenceLists coreLists) {
        this.services = new ProgrammeView.Services(programmes, lifecycle, plan, settings, staff, pupils, documents,
                security, () -> Optional.ofNullable(protocols), coreLists);
    }

    @Override
    public Class<ProgrammeView> viewType() {
        return ProgrammeView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ProgrammeView(services);
    }
}
