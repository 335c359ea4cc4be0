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
 */
public record SeedInteraction(LocalDate date, String agencyName, Integer pupilIndex, String subject, String outcome,
        String nextStep, LocalDate nextDue, String authorUsername) {
}
