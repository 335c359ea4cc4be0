package org.opora.patronage.ui.internal.fake;

import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.AdminMeetingService;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.meeting.MeetingSummary;

/** A meeting service that fails the test on every call it does not override. */
public class FakeMeetings implements AdminMeetingService {

    @Override
    public List<MeetingSummary> find() {
        throw Unexpected.call("find");
    }

    @Override
    public AdminMeeting get(long meetingId) {
        throw Unexpected.call("get");
    }

    @Override
    public AdminMeeting create(MeetingDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public AdminMeeting update(long meetingId, long version, MeetingDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public MeetingItem addItem(long meetingId, long caseId, Long reportId) {
        throw Unexpected.call("addItem");
    }

    @Override
    public MeetingItem recordDecision(long itemId, long version, String decision) {
        throw Unexpected.call("recordDecision");
    }

    @Override
    public void removeItem(long itemId, long version) {
        throw Unexpected.call("removeItem");
    }

    @Override
    public AdminMeeting finalise(long meetingId, long version) {
        throw Unexpected.call("finalise");
    }
}
