package org.opora.core.impl.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.RepresentativeDraft;

/**
 * A pupil of the demo school.
 *
 * @param name            full name
 * @param birthDate       date of birth
 * @param sex             sex
 * @param className       the class of the current year, e.g. "7" followed by the letter
 * @param representatives legal representatives
 * @param flags           status flags, oldest first, including some already cleared
 */
public record DemoPupil(PersonName name, LocalDate birthDate, Sex sex, String className,
        List<RepresentativeDraft> representatives, List<DemoFlag> flags) {

    public DemoPupil {
        representatives = List.copyOf(representatives);
        flags = List.copyOf(flags);
    }

    /** The draft to create the pupil from, once the class's record id is known. */
    public PupilDraft toDraft(Long classId) {
        return new PupilDraft(name, birthDate, sex, classId);
    }

    /** Whether the flag applies (was set and not cleared) on the day. */
    public boolean hasFlag(String flag, LocalDate day) {
        return flags.stream().anyMatch(f -> f.flag().equals(flag) && f.activeOn(day));
    }
}
