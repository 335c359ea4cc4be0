package org.opora.consilium.ui.internal.meeting;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the meeting page ({@code consilium/meeting/<id>}), opened from the list of meetings. */
@Component(service = ViewContribution.class)
@OporaView(route = MeetingView.ROUTE, titleKey = "consilium.ui.meeting.pageTitle", icon = "vaadin:group",
        order = 301, permission = ConsiliumPermissions.ACCESS, navigation = false)
public class MeetingViewContribution implements ViewContribution {

    private final MeetingView.Services services;

    @Activate
    public MeetingViewContribution(@Reference MeetingService meetings, @Reference AgendaService agenda,
            @Reference ContributionService contributions, @Reference ParticipantService participants,
            @Reference ProtocolService protocol, @Reference ConsiliumService consilium, @Reference StaffService staff,
            @Reference PupilService pupils, @Reference DocumentService documents,
            @Reference SecurityContext security) {
        this.services = new MeetingView.Services(meetings, agenda, contributions, participants, protocol, consilium,
                staff, pupils, documents, security);
    }

    @Override
    public Class<MeetingView> viewType() {
        return MeetingView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new MeetingView(services);
    }
}
