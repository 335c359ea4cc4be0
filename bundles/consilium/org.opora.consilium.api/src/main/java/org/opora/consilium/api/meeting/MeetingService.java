package org.opora.consilium.api.meeting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Meetings as a whole: the list, the header, creation and cancellation. Reading a meeting needs
 * {@link MeetingAccess#READ} on it, changing it {@link MeetingAccess#KEEP}; every read of a meeting is audited.
 * The agenda is {@link AgendaService}'s, the parents and presentations {@link ContributionService}'s, the
 * participants {@link ParticipantService}'s and the protocol {@link ProtocolService}'s; all of them apply the same
 * access to the meeting. Changes to a finalised protocol are refused with {@code consilium.error.finalised}.
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

    /**
     * Checks a header as {@link #create} and {@link #update} do and writes nothing: a form asks it about the fields
     * it does not check itself, so that every objection shows at once (since 2.1).
     *
     * @throws org.opora.core.api.ValidationException with every objection, each naming its field
     */
    void check(MeetingDraft draft);

    Meeting update(long meetingId, long version, MeetingDraft draft);

    /** Records that a meeting in preparation did not take place. */
    Meeting cancel(long meetingId, long version, String reason);
}
