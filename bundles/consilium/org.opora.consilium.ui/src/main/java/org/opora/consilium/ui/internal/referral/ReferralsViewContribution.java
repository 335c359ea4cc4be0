package org.opora.consilium.ui.internal.referral;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.pupil.PupilService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the list of referrals ({@code consilium/referrals}). It is open to everyone with access to the
 * consilium: teachers file and follow their referrals, examiners and the administration find theirs in the tabs.
 */
@Component(service = ViewContribution.class)
@OporaView(route = "consilium/referrals", titleKey = "consilium.nav.referrals", icon = "vaadin:flag-o", order = 290,
        permission = ConsiliumPermissions.ACCESS)
public class ReferralsViewContribution implements ViewContribution {

    private final ReferralService referrals;
    private final ConsiliumService consilium;
    private final PupilService pupils;
    private final SecurityContext security;

    @Activate
    public ReferralsViewContribution(@Reference ReferralService referrals, @Reference ConsiliumService consilium,
            @Reference PupilService pupils, @Reference SecurityContext security) {
        this.referrals = referrals;
        this.consilium = consilium;
        this.pupils = pupils;
        this.security = security;
    }

    @Override
    public Class<ReferralsView> viewType() {
        return ReferralsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ReferralsView(referrals, consilium, pupils, security);
    }
}
