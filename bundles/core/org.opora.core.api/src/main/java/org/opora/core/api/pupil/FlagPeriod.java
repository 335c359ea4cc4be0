package org.opora.core.api.pupil;

import java.time.LocalDate;

/**
 * A period during which a status flag (special educational needs (OVZ), disabled child, gifted, at-risk group, under guardianship …) applied.
 *
 * @param id        record id
 * @param flag      flag code from the configured list
 * @param setOn     the day it was set
 * @param clearedOn the day it was cleared, or {@code null} while it applies
 * @param note      the ground (e.g. the PMPK conclusion number), may be empty
 * @param setBy     who set it
 * @param clearedBy who cleared it; empty while it applies
 */
public record FlagPeriod(long id, String flag, LocalDate setOn, LocalDate clearedOn, String note, String setBy,
        String clearedBy) {

    /** Whether the flag applied on the day. */
    public boolean activeOn(LocalDate day) {
        return !setOn.isAfter(day) && (clearedOn == null || clearedOn.isAfter(day));
    }

    public boolean open() {
        return clearedOn == null;
    }
}
