package org.opora.patronage.ui.internal.meeting;

import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.ui.internal.common.PatronageTexts;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the page of one administrative meeting ({@code patronage/meeting/<id>}), opened from the list. */
@Component(service = ViewContribution.class)
@OporaView(route = PatronageTexts.MEETING_ROUTE, titleKey = "patronage.ui.meeting.page", icon = "vaadin:calendar",
        order = 413, permission = PatronagePermissions.MEETING, navigation = false)
public class MeetingViewContribution implements ViewContribution {

    private final MeetingServices services;

    @Activate
    public MeetingViewContribution(@Reference AdminMeetingService meetings, @Reference CaseService cases,
            @Reference ReportService reports, @Reference DocumentService documents,
            @Reference SecurityContext security) {
        this.services = new MeetingServices(meetings, cases, reports, documents, security);
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
