package org.opora.consilium.impl.internal.fake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.opora.core.api.NotFoundException;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * The five meeting services in one object over maps, for the forms' and duties' tests: what a test puts in is read
 * back, access is given per user (the "current user" a test sets), and calls the tests do not expect fail.
 */
public class FakeMeetings
        implements MeetingService, AgendaService, ContributionService, ParticipantService, ProtocolService {

    public final Map<Long, Meeting> meetings = new HashMap<>();
    public final Map<Long, List<AgendaItem>> agendas = new HashMap<>();
    public final Map<Long, List<Participant>> participants = new HashMap<>();
    public final Map<Long, List<Amendment>> amendments = new HashMap<>();
    /** Access by user and meeting; absent means NONE. */
    public final Map<String, Map<Long, MeetingAccess>> access = new HashMap<>();
    /** Pending presentations by user. */
    public final Map<String, List<PresentationRequest>> pending = new HashMap<>();
    public String currentUser = "";
    public boolean failFind;

    public void allow(String user, long meetingId, MeetingAccess level) {
        access.computeIfAbsent(user, u -> new HashMap<>()).put(meetingId, level);
    }

    @Override
    public List<Meeting> find(MeetingQuery query, int offset, int limit) {
        if (failFind) {
            throw new IllegalStateException("database down");
        }
        return meetings.values().stream().filter(m -> access(m.id()).canRead())
                .filter(m -> query.status() == null || m.status() == query.status())
                .sorted((a, b) -> b.date().compareTo(a.date())).skip(offset).limit(limit).toList();
    }

    @Override
    public int count(MeetingQuery query) {
        return find(query, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public MeetingAccess access(long meetingId) {
        return access.getOrDefault(currentUser, Map.of()).getOrDefault(meetingId, MeetingAccess.NONE);
    }

    @Override
    public Meeting get(long meetingId) {
        Meeting m = meetings.get(meetingId);
        if (m == null) {
            throw new NotFoundException("meeting", meetingId);
        }
        if (!access(meetingId).canRead()) {
            throw new AccessDeniedException("consilium.meeting.read");
        }
        return m;
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        get(meetingId);
        return agendas.getOrDefault(meetingId, List.of());
    }

    @Override
    public AgendaItem item(long itemId) {
        for (List<AgendaItem> items : agendas.values()) {
            for (AgendaItem i : items) {
                if (i.id() == itemId) {
                    get(i.meetingId());
                    return i;
                }
            }
        }
        throw new NotFoundException("agenda item", itemId);
    }

    @Override
    public List<Participant> participants(long meetingId) {
        get(meetingId);
        return participants.getOrDefault(meetingId, List.of());
    }

    @Override
    public List<Amendment> amendments(long meetingId) {
        get(meetingId);
        return amendments.getOrDefault(meetingId, List.of());
    }

    @Override
    public List<PresentationRequest> myPendingPresentations() {
        return new ArrayList<>(pending.getOrDefault(currentUser, List.of()));
    }

    @Override
    public Meeting create(MeetingDraft draft) {
        throw unexpected();
    }

    @Override
    public void check(MeetingDraft draft) {
        throw unexpected();
    }

    @Override
    public Meeting update(long meetingId, long version, MeetingDraft draft) {
        throw unexpected();
    }

    @Override
    public Meeting cancel(long meetingId, long version, String reason) {
        throw unexpected();
    }

    @Override
    public List<AgendaProposal> proposals(LocalDate day) {
        throw unexpected();
    }

    @Override
    public AgendaItem addItem(long meetingId, AgendaProposal proposal) {
        throw unexpected();
    }

    @Override
    public void removeItem(long itemId) {
        throw unexpected();
    }

    @Override
    public List<AgendaItem> moveItem(long itemId, int position) {
        throw unexpected();
    }

    @Override
    public AgendaItem recordOutcome(long itemId, long version, Outcome outcome) {
        throw unexpected();
    }

    @Override
    public ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft) {
        throw unexpected();
    }

    @Override
    public ParentInvitation setParentAttendance(long invitationId, Attendance attendance) {
        throw unexpected();
    }

    @Override
    public void removeInvitation(long invitationId) {
        throw unexpected();
    }

    @Override
    public Presentation requestPresentation(long itemId, long staffId) {
        throw unexpected();
    }

    @Override
    public Presentation submitPresentation(long presentationId, long version, String text) {
        throw unexpected();
    }

    @Override
    public void removePresentation(long presentationId) {
        throw unexpected();
    }

    @Override
    public Participant addParticipant(long meetingId, ParticipantDraft draft) {
        throw unexpected();
    }

    @Override
    public Participant setAttendance(long participantId, boolean attended) {
        throw unexpected();
    }

    @Override
    public void removeParticipant(long participantId) {
        throw unexpected();
    }

    @Override
    public Meeting recordConclusion(long meetingId, long version, String conclusion) {
        throw unexpected();
    }

    @Override
    public List<Shortfall> shortfalls(long meetingId) {
        throw unexpected();
    }

    @Override
    public Meeting finalise(long meetingId, long version) {
        throw unexpected();
    }

    @Override
    public Meeting amendConclusion(long meetingId, long version, String conclusion, String reason) {
        throw unexpected();
    }

    @Override
    public AgendaItem amendOutcome(long itemId, long version, Outcome outcome, String reason) {
        throw unexpected();
    }

    @Override
    public List<PupilDiscussion> discussionsOf(long pupilId) {
        throw unexpected();
    }

    private static AssertionError unexpected() {
        return new AssertionError("not expected in this test");
    }
}
