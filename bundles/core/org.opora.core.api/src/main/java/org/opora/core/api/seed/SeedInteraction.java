package org.opora.core.api.seed;

import java.time.LocalDate;

/**
 * An interaction with an external agency.
 *
 * @param date           the day
 * @param agencyName     the agency, by its name in {@link SchoolSeed#agencies()}
 * @param pupilIndex     the pupil it concerned, by index in {@link SchoolSeed#pupils()}, or {@code null}
 * @param subject        subject
 * @param outcome        outcome
 * @param nextStep       next step, may be empty
 * @param nextDue        due day of the next step, or {@code null} without one
 * @param authorUsername the account that recorded it
 * @param direction      the direction of work (000 §3), a code of the core's list; empty for none
 */
public record SeedInteraction(LocalDate date, String agencyName, Integer pupilIndex, String subject, String outcome,
        String nextStep, LocalDate nextDue, String authorUsername, String direction) {

    public SeedInteraction {
        direction = direction == null ? "" : direction;
    }

    /** An interaction without a direction of work (as before 1.1). */
    public SeedInteraction(LocalDate date, String agencyName, Integer pupilIndex, String subject, String outcome,
            String nextStep, LocalDate nextDue, String authorUsername) {
        this(date, agencyName, pupilIndex, subject, outcome, nextStep, nextDue, authorUsername, "");
    }
}
