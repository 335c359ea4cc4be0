package org.opora.consilium.api.meeting;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The protocol of a meeting: the collegial conclusion, what is missing before it can be finalised, finalising it,
 * amendments of a finalised protocol with a reason, and the decisions about a pupil across meetings. Reading needs
 * {@link MeetingAccess#READ}, changing {@link MeetingAccess#KEEP}; a finalised protocol changes only through the
 * {@code amend…} methods (else {@code consilium.error.finalised}).
 */
@ProviderType
public interface ProtocolService {

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

    /**
     * The meetings the user may read at which the pupil is or was discussed, with the decisions, newest first;
     * audited.
     */
    List<PupilDiscussion> discussionsOf(long pupilId);
}
