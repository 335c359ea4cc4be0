package org.opora.consilium.ui.internal.referral;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the page of one referral ({@code consilium/referral/<id>}), opened from the lists. */
@Component(service = ViewContribution.class)
@OporaView(route = ReferralTexts.REFERRAL_ROUTE, titleKey = "consilium.ui.referral.page", icon = "vaadin:flag-o",
        order = 291, permission = ConsiliumPermissions.ACCESS, navigation = false)
public class ReferralViewContribution implements ViewContribution {

    private final ReferralView.Services services;

    @Activate
    public ReferralViewContribution(@Reference ReferralService referrals, @Reference ConsiliumService consilium,
            @Reference SecurityContext security) {
        this.services = new ReferralView.Services(referrals, consilium, security);
    }

    @Override
    public Class<ReferralView> viewType() {
        return ReferralView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ReferralView(services);
    }
}
