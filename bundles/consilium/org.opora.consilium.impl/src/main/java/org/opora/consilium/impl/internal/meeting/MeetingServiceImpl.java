package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.consilium.api.link.ProtocolListener;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Attendance;
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
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StructureService;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meetings, their agenda and protocol (regulation 002). The work is split by subject: the header and list
 * ({@link MeetingHeaders}), participants, the agenda, parents and presentations, the protocol, the proposals and
 * the pupil's discussions. Modules propose pupils through {@link AgendaSource}s and are told of finalised and
 * amended protocols through {@link ProtocolListener}s, both optional and dynamic.
 */
@Component
public class MeetingServiceImpl implements MeetingService {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingServiceImpl.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<AgendaSource> sources;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ProtocolListener> listeners;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    private final MeetingHeaders headers;
    private final MeetingParticipants participants;
    private final AgendaWork agenda;
    private final ItemContributions contributions;
    private final ProtocolWork protocol;
    private final Proposals proposals;
    private final Discussions discussions;

    @Activate
    public MeetingServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit,
            @Reference StructureService structure, @Reference ReferenceLists coreLists) {
        MeetingContext ctx = new MeetingContext(db, people, rules, lists, audit);
        this.headers = new MeetingHeaders(ctx, structure);
        this.participants = new MeetingParticipants(ctx);
        this.agenda = new AgendaWork(ctx);
        this.contributions = new ItemContributions(ctx);
        this.protocol = new ProtocolWork(ctx, coreLists, this::notifyListeners);
        this.proposals = new Proposals(ctx, () -> sources == null ? List.of() : sources, () -> translator);
        this.discussions = new Discussions(ctx);
    }

    /** Tells every listener, after the transaction; a failing listener is logged and does not undo anything. */
    private void notifyListeners(List<ProtocolRef> refs) {
        List<ProtocolListener> current = listeners;
        if (current == null || refs.isEmpty()) {
            return;
        }
        for (ProtocolListener l : current) {
            try {
                l.protocolFinalised(refs);
            } catch (RuntimeException e) {
                LOG.warn("Protocol listener {} failed", l.getClass().getName(), e);
            }
        }
    }

    @Override
    public List<Meeting> find(MeetingQuery query, int offset, int limit) {
        return headers.find(query, offset, limit);
    }

    @Override
    public int count(MeetingQuery query) {
        return headers.count(query);
    }

    @Override
    public MeetingAccess access(long meetingId) {
        return headers.access(meetingId);
    }

    @Override
    public Meeting get(long meetingId) {
        return headers.get(meetingId);
    }

    @Override
    public Meeting create(MeetingDraft draft) {
        return headers.create(draft);
    }

    @Override
    public Meeting update(long meetingId, long version, MeetingDraft draft) {
        return headers.update(meetingId, version, draft);
    }

    @Override
    public Meeting cancel(long meetingId, long version, String reason) {
        return headers.cancel(meetingId, version, reason);
    }

    @Override
    public List<AgendaProposal> proposals(LocalDate day) {
        return proposals.proposals(day);
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        return agenda.agenda(meetingId);
    }

    @Override
    public AgendaItem item(long itemId) {
        return agenda.item(itemId);
    }

    @Override
    public AgendaItem addItem(long meetingId, AgendaProposal proposal) {
        return agenda.add(meetingId, proposal);
    }

    @Override
    public void removeItem(long itemId) {
        agenda.remove(itemId);
    }

    @Override
    public List<AgendaItem> moveItem(long itemId, int position) {
        return agenda.move(itemId, position);
    }

    @Override
    public AgendaItem recordOutcome(long itemId, long version, Outcome outcome) {
        return agenda.recordOutcome(itemId, version, outcome);
    }

    @Override
    public ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft) {
        return contributions.invite(itemId, draft);
    }

    @Override
    public ParentInvitation setParentAttendance(long invitationId, Attendance attendance) {
        return contributions.setAttendance(invitationId, attendance);
    }

    @Override
    public void removeInvitation(long invitationId) {
        contributions.removeInvitation(invitationId);
    }

    @Override
    public Presentation requestPresentation(long itemId, long staffId) {
        return contributions.request(itemId, staffId);
    }

    @Override
    public Presentation submitPresentation(long presentationId, long version, String text) {
        return contributions.submit(presentationId, version, text);
    }

    @Override
    public void removePresentation(long presentationId) {
        contributions.removePresentation(presentationId);
    }

    @Override
    public List<PresentationRequest> myPendingPresentations() {
        return contributions.myPending();
    }

    @Override
    public List<Participant> participants(long meetingId) {
        return participants.participants(meetingId);
    }

    @Override
    public Participant addParticipant(long meetingId, ParticipantDraft draft) {
        return participants.add(meetingId, draft);
    }

    @Override
    public Participant setAttendance(long participantId, boolean attended) {
        return participants.setAttendance(participantId, attended);
    }

    @Override
    public void removeParticipant(long participantId) {
        participants.remove(participantId);
    }

    @Override
    public Meeting recordConclusion(long meetingId, long version, String conclusion) {
        return protocol.recordConclusion(meetingId, version, conclusion);
    }

    @Override
    public List<Shortfall> shortfalls(long meetingId) {
        return protocol.shortfalls(meetingId);
    }

    @Override
    public Meeting finalise(long meetingId, long version) {
        return protocol.finalise(meetingId, version);
    }

    @Override
    public Meeting amendConclusion(long meetingId, long version, String conclusion, String reason) {
        return protocol.amendConclusion(meetingId, version, conclusion, reason);
    }

    @Override
    public AgendaItem amendOutcome(long itemId, long version, Outcome outcome, String reason) {
        return protocol.amendOutcome(itemId, version, outcome, reason);
    }

    @Override
    public List<Amendment> amendments(long meetingId) {
        return protocol.amendments(meetingId);
    }

    @Override
    public List<PupilDiscussion> discussionsOf(long pupilId) {
        return discussions.of(pupilId);
    }
}
