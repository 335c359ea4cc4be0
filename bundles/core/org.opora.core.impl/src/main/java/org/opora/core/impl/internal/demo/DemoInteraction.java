package org.opora.core.impl.internal.demo;

import java.time.LocalDate;

/**
 * An interaction with an external agency.
 *
 * @param date           the day, never in the future
 * @param agencyName     the agency, by its name in {@link DemoSchool#agencies()}
 * @param pupilIndex     the pupil it concerned, by index in {@link DemoSchool#pupils()}, or {@code null}
 * @param subject        subject
 * @param outcome        outcome
 * @param nextStep       next step, may be empty
 * @param nextDue        due day of the next step (may lie in the future), or {@code null} without one
 * @param authorUsername the account that recorded it
 */
public record DemoInteraction(LocalDate date, String agencyName, Integer pupilIndex, String subject, String outcome,
        String nextStep, LocalDate nextDue, String authorUsername) {
}
