package org.opora.patronage.api.meeting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The director's administrative meetings on the results of the patronage (003 section 3.1). The holders of
 * {@code patronage.meeting} (the director, the head of service) create a meeting, put open cases on it with the
 * curator's report heard, record the decision on each and finalise the minutes, after which nothing on the meeting
 * nor the reports discussed changes. The holders of {@code patronage.read-all} and the coordinator read the
 * meetings too; a read of a meeting is journaled, and so is a refused one.
 */
@ProviderType
public interface AdminMeetingService {

    /** The meetings, newest first. */
    List<MeetingSummary> find();

    /** The meeting with the cases discussed. */
    AdminMeeting get(long meetingId);

    AdminMeeting create(MeetingDraft draft);

    /** Corrects the header of a meeting whose minutes are not finalised. */
    AdminMeeting update(long meetingId, long version, MeetingDraft draft);

    /**
     * Puts an open case on the meeting, at the end, with the curator's report heard (a report of that case not put on
     * another meeting) or without one; a case is discussed once a meeting.
     */
    MeetingItem addItem(long meetingId, long caseId, Long reportId);

    /** Records the decision on a case discussed (required). */
    MeetingItem recordDecision(long itemId, long version, String decision);

    /** Takes a case off a meeting whose minutes are not finalised. */
    void removeItem(long itemId, long version);

    /**
     * Finalises the minutes of a meeting held (its day has come) with at least one case and a decision on every
     * case: from then on the meeting and the reports discussed are read-only.
     */
    AdminMeeting finalise(long meetingId, long version);
}
