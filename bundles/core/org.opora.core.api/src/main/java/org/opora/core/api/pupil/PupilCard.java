package org.opora.core.api.pupil;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the pupil card shows about one pupil. Flags are empty for a user without {@code core.pupil.flags}.
 *
 * @param pupil           the core data
 * @param representatives legal representatives
 * @param flags           status flags with history, newest first
 * @param placements      classes by academic year, newest first
 * @param leftOn          the day the pupil left the school, or {@code null}
 * @param leftReason      why the pupil left; empty when not archived
 * @param editable        whether the current user may edit this pupil
 */
public record PupilCard(Pupil pupil, List<Representative> representatives, List<FlagPeriod> flags,
        List<Placement> placements, LocalDate leftOn, String leftReason, boolean editable) {

    public PupilCard {
        representatives = List.copyOf(representatives);
        flags = List.copyOf(flags);
        placements = List.copyOf(placements);
        leftReason = leftReason == null ? "" : leftReason;
    }

    /** The flags set and not cleared on the day. */
    public List<FlagPeriod> activeFlags(LocalDate on) {
        return flags.stream().filter(f -> f.activeOn(on)).toList();
    }
}
