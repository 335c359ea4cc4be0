package org.opora.core.api.agency;

import java.time.LocalDate;

/**
 * The data of an interaction to record.
 *
 * @param date     the day, not in the future
 * @param agencyId the agency
 * @param pupilId  the pupil it concerned, or {@code null}
 * @param subject  subject, required
 * @param outcome  outcome
 * @param nextStep next step
 * @param nextDue  due date of the next step, required when a next step is given
 */
public record InteractionDraft(LocalDate date, long agencyId, Long pupilId, String subject, String outcome,
        String nextStep, LocalDate nextDue) {

    public InteractionDraft {
        subject = subject == null ? "" : subject.strip();
        outcome = outcome == null ? "" : outcome.strip();
        nextStep = nextStep == null ? "" : nextStep.strip();
    }
}
