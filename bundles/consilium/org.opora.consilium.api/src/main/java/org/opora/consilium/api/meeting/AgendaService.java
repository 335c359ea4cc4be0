package org.opora.consilium.api.meeting;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaProposal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A meeting's agenda: the pupils proposed for it, put on it, taken off, reordered, and the outcome recorded for
 * each (regulation 002). Reading needs {@link MeetingAccess#READ} on the meeting and is audited, changing it
 * {@link MeetingAccess#KEEP} and a meeting in preparation. An item carries its parents and presentations; they are
 * changed through {@link ContributionService}, and amending a finalised outcome through {@link ProtocolService}.
 */
@ProviderType
public interface AgendaService {

    /**
     * Pupils proposed for the agenda of a meeting on the day: confirmed referrals, earlier decisions to discuss a
     * pupil again that are overdue, and what installed modules propose (programmes due for review). Pupils already
     * on the agenda of a meeting in preparation for the same reason are left out.
     */
    List<AgendaProposal> proposals(LocalDate day);

    /** The agenda with the outcome, parents and presentations, in order; audited. */
    List<AgendaItem> agenda(long meetingId);

    AgendaItem item(long itemId);

    /**
     * Puts a pupil on the agenda; a confirmed referral becomes {@code SCHEDULED}. A pupil is on an agenda once. The
     * class teacher becomes a participant, and the class teacher, the participants of the presentation types and
     * the referral's examiner are asked for their presentations.
     */
    AgendaItem addItem(long meetingId, AgendaProposal proposal);

    /** Takes a pupil off the agenda of a meeting in preparation; the referral returns to {@code CONFIRMED}. */
    void removeItem(long itemId);

    /** Moves an item to a 1-based position. */
    List<AgendaItem> moveItem(long itemId, int position);

    /** Records what was established and decided for the pupil. */
    AgendaItem recordOutcome(long itemId, long version, Outcome outcome);
}
