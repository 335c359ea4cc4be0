package org.opora.consilium.api.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil proposed for a meeting's agenda.
 *
 * @param pupilId    the pupil (core)
 * @param reason     why
 * @param referralId the confirmed referral, for {@link AgendaReason#REFERRAL}; otherwise {@code null}
 * @param sourceRef  the proposing module's own reference, e.g. {@code programme:42}; empty for none. A decision
 *                   taken on the item is reported back with it ({@link ProtocolRef#sourceRef()})
 * @param note       one line shown with the proposal, e.g. "programme ends 12.02.2027"
 * @param due        the day by which the pupil should be discussed, or {@code null}
 */
public record AgendaProposal(long pupilId, AgendaReason reason, Long referralId, String sourceRef, String note,
        LocalDate due) {

    public AgendaProposal {
        Objects.requireNonNull(reason, "reason");
        sourceRef = sourceRef == null ? "" : sourceRef;
        note = note == null ? "" : note;
    }

    /** A pupil the chair or secretary puts on the agenda themselves. */
    public static AgendaProposal other(long pupilId, String note) {
        return new AgendaProposal(pupilId, AgendaReason.OTHER, null, "", note, null);
    }
}
