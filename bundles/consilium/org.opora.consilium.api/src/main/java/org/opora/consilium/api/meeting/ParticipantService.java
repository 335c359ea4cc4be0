package org.opora.consilium.api.meeting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The participants of a meeting (regulation 002: class teachers, teachers, social pedagogues, psychologists, other
 * participants by agreement, and specialists of other bodies of prevention when needed) and who attended. Reading
 * needs {@link MeetingAccess#READ} on the meeting, changing {@link MeetingAccess#KEEP} and a meeting in preparation.
 */
@ProviderType
public interface ParticipantService {

    List<Participant> participants(long meetingId);

    /** Adds a staff member (once per meeting) or an external specialist. */
    Participant addParticipant(long meetingId, ParticipantDraft draft);

    Participant setAttendance(long participantId, boolean attended);

    void removeParticipant(long participantId);
}
