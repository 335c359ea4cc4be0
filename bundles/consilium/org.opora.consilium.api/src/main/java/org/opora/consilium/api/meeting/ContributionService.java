package org.opora.consilium.api.meeting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What others contribute to a pupil's agenda item: the parents invited (regulation 002: "parents are invited to
 * the consilium") and the specialists' presentations prepared before the meeting. A service of its own, not part of
 * {@link AgendaService}, because these are records of their own with their own people: a specialist writes the
 * presentation asked of them without keeping the meeting, and the reminders of pending presentations concern the
 * specialist, not the meeting. {@link AgendaService#agenda} returns them with each item. Changing them needs
 * {@link MeetingAccess#KEEP} on the meeting in preparation, except a specialist writing their own presentation.
 */
@ProviderType
public interface ContributionService {

    ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft);

    ParentInvitation setParentAttendance(long invitationId, Attendance attendance);

    void removeInvitation(long invitationId);

    /** Asks a specialist for a presentation about the pupil (one per specialist and pupil). */
    Presentation requestPresentation(long itemId, long staffId);

    /** Writes a presentation: the specialist asked, or who keeps the meeting. */
    Presentation submitPresentation(long presentationId, long version, String text);

    /** Takes back a request not yet written. */
    void removePresentation(long presentationId);

    /** The presentations the current user was asked for and has not written, in meetings in preparation. */
    List<PresentationRequest> myPendingPresentations();
}
