package org.opora.consilium.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.core.ui.testing.Unexpected;

/** The five meeting services in one object that fails the test on every call it does not override. */
public class FakeMeetings
        implements MeetingService, AgendaService, ContributionService, ParticipantService, ProtocolService {

    @Override
    public List<Meeting> find(MeetingQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(MeetingQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public MeetingAccess access(long meetingId) {
        throw Unexpected.call("access");
    }

    @Override
    public Meeting get(long meetingId) {
        throw Unexpected.call("get");
    }

    @Override
    public Meeting create(MeetingDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public void check(MeetingDraft draft) {
        throw Unexpected.call("check");
    }

    @Override
    public Meeting update(long meetingId, long version, MeetingDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Meeting cancel(long meetingId, long version, String reason) {
        throw Unexpected.call("cancel");
    }

    @Override
    public List<AgendaProposal> proposals(LocalDate day) {
        throw Unexpected.call("proposals");
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        throw Unexpected.call("agenda");
    }

    @Override
    public AgendaItem item(long itemId) {
        throw Unexpected.call("item");
    }

    @Override
    public AgendaItem addItem(long meetingId, AgendaProposal proposal) {
        throw Unexpected.call("addItem");
    }

    @Override
    public void removeItem(long itemId) {
        throw Unexpected.call("removeItem");
    }

    @Override
    public List<AgendaItem> moveItem(long itemId, int position) {
        throw Unexpected.call("moveItem");
    }

    @Override
    public AgendaItem recordOutcome(long itemId, long version, Outcome outcome) {
        throw Unexpected.call("recordOutcome");
    }

    @Override
    public ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft) {
        throw Unexpected.call("inviteParent");
    }

    @Override
    public ParentInvitation setParentAttendance(long invitationId, Attendance attendance) {
        throw Unexpected.call("setParentAttendance");
    }

    @Override
    public void removeInvitation(long invitationId) {
        throw Unexpected.call("removeInvitation");
    }

    @Override
    public Presentation requestPresentation(long itemId, long staffId) {
        throw Unexpected.call("requestPresentation");
    }

    @Override
    public Presentation submitPresentation(long presentationId, long version, String text) {
        throw Unexpected.call("submitPresentation");
    }

    @Override
    public void removePresentation(long presentationId) {
        throw Unexpected.call("removePresentation");
    }

    @Override
    public List<PresentationRequest> myPendingPresentations() {
        throw Unexpected.call("myPendingPresentations");
    }

    @Override
    public List<Participant> participants(long meetingId) {
        throw Unexpected.call("participants");
    }

    @Override
    public Participant addParticipant(long meetingId, ParticipantDraft draft) {
        throw Unexpected.call("addParticipant");
    }

    @Override
    public Participant setAttendance(long participantId, boolean attended) {
        throw Unexpected.call("setAttendance");
    }

    @Override
    public void removeParticipant(long participantId) {
        throw Unexpected.call("removeParticipant");
    }

    @Override
    public Meeting recordConclusion(long meetingId, long version, String conclusion) {
        throw Unexpected.call("recordConclusion");
    }

    @Override
    public List<Shortfall> shortfalls(long meetingId) {
        throw Unexpected.call("shortfalls");
    }

    @Override
    public Meeting finalise(long meetingId, long version) {
        throw Unexpected.call("finalise");
    }

    @Override
    public Meeting amendConclusion(long meetingId, long version, String conclusion, String reason) {
        throw Unexpected.call("amendConclusion");
    }

    @Override
    public AgendaItem amendOutcome(long itemId, long version, Outcome outcome, String reason) {
        throw Unexpected.call("amendOutcome");
    }

    @Override
    public List<Amendment> amendments(long meetingId) {
        throw Unexpected.call("amendments");
    }

    @Override
    public List<PupilDiscussion> discussionsOf(long pupilId) {
        throw Unexpected.call("discussionsOf");
    }
}
