package org.opora.consilium.ui.internal.meeting;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the list of the consilium's meetings ({@code consilium/meetings}). */
@Component(service = ViewContribution.class)
@OporaView(route = "consilium/meetings", titleKey = "consilium.nav.meetings", icon = "vaadin:group", order = 300,
        permission = ConsiliumPermissions.ACCESS)
public class MeetingsViewContribution implements ViewContribution {

    private final MeetingsView.Services services;

    @Activate
    public MeetingsViewContribution(@Reference MeetingService meetings, @Reference AgendaService agenda,
            @Reference ConsiliumService consilium, @Reference StaffService staff, @Reference PupilService pupils,
            @Reference SchoolService school, @Reference BodyRoles roles) {
        this.services = new MeetingsView.Services(meetings, agenda, consilium, staff, pupils, school, roles);
    }

    @Override
    public Class<MeetingsView> viewType() {
        return MeetingsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new MeetingsView(services);
    }
}
