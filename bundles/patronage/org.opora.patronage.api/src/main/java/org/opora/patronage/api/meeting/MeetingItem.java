package org.opora.patronage.api.meeting;

import org.opora.patronage.api.report.CuratorReport;

/**
 * A case discussed at an administrative meeting: the pupil as they were then, the curator's report heard, and the
 * decision.
 *
 * @param id        record id
 * @param meetingId the meeting
 * @param position  the place on the agenda, from 1
 * @param caseId    the case
 * @param pupil     the pupil's name
 * @param className the pupil's class when the case was put on the meeting, may be empty
 * @param curators  the curators of the case then, names separated by commas; may be empty
 * @param report    the curator's report heard, or {@code null}
 * @param decision  the decision; empty until recorded
 * @param version   optimistic-lock version
 */
public record MeetingItem(long id, long meetingId, int position, long caseId, String pupil, String className,
        String curators, CuratorReport report, String decision, long version) {

    public MeetingItem {
        className = className == null ? "" : className;
        curators = curators == null ? "" : curators;
        decision = decision == null ? "" : decision;
    }
}
