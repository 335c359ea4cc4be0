package org.opora.consilium.api.meeting;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaReason;

/**
 * One pupil on a meeting's agenda with everything the procedure of regulation 002 records about them.
 *
 * @param id            record id
 * @param meetingId     the meeting
 * @param position      1-based position on the agenda
 * @param pupilId       the pupil (core)
 * @param pupilName     the pupil's full name when put on the agenda
 * @param className     the pupil's class then
 * @param birthDate     the pupil's date of birth
 * @param reason        why the pupil is discussed
 * @param referralId    the referral that led here, or {@code null}
 * @param sourceRef     the proposing module's reference, empty for none
 * @param note          the proposal's note
 * @param outcome       what was established and decided
 * @param curatorName   the appointed curator's name, empty without one
 * @param parents       the parents invited
 * @param presentations the specialists' presentations, requested and written
 * @param version       for optimistic locking
 */
public record AgendaItem(long id, long meetingId, int position, long pupilId, String pupilName, String className,
        LocalDate birthDate, AgendaReason reason, Long referralId, String sourceRef, String note, Outcome outcome,
        String curatorName, List<ParentInvitation> parents, List<Presentation> presentations, long version) {

    public AgendaItem {
        sourceRef = sourceRef == null ? "" : sourceRef;
        note = note == null ? "" : note;
        outcome = outcome == null ? Outcome.empty() : outcome;
        curatorName = curatorName == null ? "" : curatorName;
        parents = List.copyOf(parents);
        presentations = List.copyOf(presentations);
    }

    public boolean decided() {
        return !outcome.decisions().isEmpty();
    }
}
