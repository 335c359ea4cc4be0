package org.opora.patronage.ui.internal.meeting;

import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.patronage.api.report.ReportService;
import org.opora.platform.api.print.DocumentService;
import org.opora.platform.api.security.SecurityContext;

/**
 * The services the meetings' views and dialogs call.
 *
 * @param meetings  the meetings
 * @param cases     the open cases to put on a meeting
 * @param reports   the curators' reports of a case
 * @param documents the platform's printing, for the minutes
 * @param security  the signed-in user
 */
public record MeetingServices(AdminMeetingService meetings, CaseService cases, ReportService reports,
        DocumentService documents, SecurityContext security) {
}
