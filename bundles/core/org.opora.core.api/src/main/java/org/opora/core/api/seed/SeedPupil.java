package org.opora.core.api.seed;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.RepresentativeDraft;

/**
 * A pupil of a seed.
 *
 * @param name            full name
 * @param birthDate       date of birth
 * @param sex             sex
 * @param className       the class, by {@link SeedClass#name()}
 * @param representatives legal representatives
 * @param flags           status flags, oldest first, including those already cleared
 */
public record SeedPupil(PersonName name, LocalDate birthDate, Sex sex, String className,
        List<RepresentativeDraft> representatives, List<SeedFlag> flags) {

    public SeedPupil {
        representatives = List.copyOf(representatives);
        flags = List.copyOf(flags);
    }

    /** Whether the flag applies (was set and not cleared) on the day. */
    public boolean hasFlag(String flag, LocalDate day) {
        return flags.stream().anyMatch(f -> f.flag().equals(flag) && f.activeOn(day));
    }
}
