package org.opora.consilium.ui.internal.card;

import com.vaadin.flow.component.Component;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.PupilCardSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the consilium tab of the pupil card: the pupil's referrals and the meetings that discussed the pupil,
 * as far as the user may see them (the services limit the lists and audit the reads).
 */
@org.osgi.service.component.annotations.Component(service = PupilCardSection.class)
@CardSection(id = "consilium", titleKey = "consilium.card.title", order = 300,
        permission = ConsiliumPermissions.ACCESS)
public class ConsiliumCardSection implements PupilCardSection {

    private final ConsiliumCard.Services services;

    @Activate
    public ConsiliumCardSection(@Reference ReferralService referrals, @Reference ProtocolService protocol,
            @Reference ConsiliumService consilium) {
        this.services = new ConsiliumCard.Services(referrals, protocol, consilium);
    }

    @Override
    public Component create(long pupilId) {
        return new ConsiliumCard(services, pupilId);
    }
}
