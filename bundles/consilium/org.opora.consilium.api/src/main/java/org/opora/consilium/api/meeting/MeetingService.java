package org.opora.consilium.api.meeting;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaProposal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Meetings, their agenda and protocol. Reading a meeting needs {@link MeetingAccess#READ} on it; preparing it and
 * keeping the protocol {@link MeetingAccess#KEEP}; every read of a meeting's content is audited. Changes to a
 * finalised protocol are refused with {@code consilium.error.finalised} except through the {@code amend…} methods.
 */
@ProviderType
public interface MeetingService {

    /** Meetings the user may read, newest first. */
    List<Meeting> find(MeetingQuery query, int offset, int limit);

    int count(MeetingQuery query);

    /** What the current user may do with the meeting; {@link MeetingAccess#NONE} for an unknown id. */
    MeetingAccess access(long meetingId);

    /**
     * The meeting's header; the read is audited.
     *
     * @throws org.opora.platform.api.security.AccessDeniedException without read access
     * @throws org.opora.core.api.NotFoundException                  for an unknown id
     */
    Meeting get(long meetingId);

    /**
     * Creates a meeting with the next number under the configured scheme. The chair and secretary default to the
     * consilium's on the day; the consilium's members on the day become its participants.
     */
    Meeting create(MeetingDraft draft);

    Meeting update(long meetingId, long version, MeetingDraft draft);

    /** Records that a meeting in preparation did not take place. */
    Meeting cancel(long meetingId, long version, String reason);

    /**
     * Pupils proposed for the agenda of a meeting on the day: confirmed referrals, earlier decisions to discuss a
     * pupil again that are overdue, and what installed modules propose (programmes due for review). Pupils already
     * on the agenda of a meeting in preparation for the same reason are left out.
     */
    List<AgendaProposal> proposals(LocalDate day);

    /** The agenda with the outcome, parents and presentations, in order; audited. */
    List<AgendaItem> agenda(long meetingId);

    AgendaItem item(long itemId);

    /** Puts a pupil on the agenda; a confirmed referral becomes {@code SCHEDULED}. A pupil is on an agenda once. */
    AgendaItem addItem(long meetingId, AgendaProposal proposal);

    /** Takes a pupil off the agenda of a meeting in preparation; the referral returns to {@code CONFIRMED}. */
    void removeItem(long itemId);

    /** Moves an item to a 1-based position. */
    List<AgendaItem> moveItem(long itemId, int position);

    /** Records what was established and decided for the pupil. */
    AgendaItem recordOutcome(long itemId, long version, Outcome outcome);

    ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft);

    ParentInvitation setParentAttendance(long invitationId, Attendance attendance);

    void removeInvitation(long invitationId);

    /** Asks a specialist for a presentation about the pupil (one per specialist and pupil). */
    Presentation requestPresentation(long itemId, long staffId);

    /** Writes a presentation: the specialist asked, or who keeps the meeting. */
    Presentation submitPresentation(long presentationId, long version, String text);

    void removePresentation(long presentationId);

    /** The presentations the current user was asked for and has not written, in meetings in preparation. */
    List<PresentationRequest> myPendingPresentations();

    List<Participant> participants(long meetingId);

    Participant addParticipant(long meetingId, ParticipantDraft draft);

    Participant setAttendance(long participantId, boolean attended);

    void removeParticipant(long participantId);

    /** Records the collegial conclusion. */
    Meeting recordConclusion(long meetingId, long version, String conclusion);

    /** What is missing before the protocol can be finalised; empty when it can be. */
    List<Shortfall> shortfalls(long meetingId);

    /**
     * Finalises the protocol: from now on it is read-only except by amendment. Confirmed referrals on the agenda
     * become {@code DISCUSSED}; installed modules are told of the decisions.
     *
     * @throws org.opora.core.api.ValidationException with the first {@link Shortfall}
     */
    Meeting finalise(long meetingId, long version);

    /** Amends the conclusion of a finalised protocol, with a reason; recorded and audited. */
    Meeting amendConclusion(long meetingId, long version, String conclusion, String reason);

    /** Amends a pupil's outcome in a finalised protocol, with a reason; recorded and audited. */
    AgendaItem amendOutcome(long itemId, long version, Outcome outcome, String reason);

    List<Amendment> amendments(long meetingId);

    /** The meetings the user may read at which the pupil is or was discussed, newest first; audited. */
    List<PupilDiscussion> discussionsOf(long pupilId);
}
