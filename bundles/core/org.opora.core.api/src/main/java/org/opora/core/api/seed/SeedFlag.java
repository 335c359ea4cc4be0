package org.opora.core.api.seed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A status flag of a pupil of a seed.
 *
 * @param flag      flag code from the configured list, e.g. ovz, disabled, gifted, at-risk, guardianship
 * @param setOn     the day it was set
 * @param note      the ground, e.g. the number and date of the PMPK conclusion
 * @param clearedOn the day it was cleared, or {@code null} while it applies
 */
public record SeedFlag(String flag, LocalDate setOn, String note, LocalDate clearedOn) {

    public SeedFlag {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(setOn, "setOn");
        note = note == null ? "" : note;
    }

    /** Whether the flag applied on the day. */
    public boolean activeOn(LocalDate day) {
        return !setOn.isAfter(day) && (clearedOn == null || clearedOn.isAfter(day));
    }
}
