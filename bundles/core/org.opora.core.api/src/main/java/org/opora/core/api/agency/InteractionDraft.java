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
 * @param nextDue   due date of the next step, required when a next step is given
 * @param direction the direction of work (000 §3), a code of the core's list; empty for none
 */
public record InteractionDraft(LocalDate date, long agencyId, Long pupilId, String subject, String outcome,
        String nextStep, LocalDate nextDue, String direction) {

    public InteractionDraft {
        subject = subject == null ? "" : subject.strip();
        outcome = outcome == null ? "" : outcome.strip();
        nextStep = nextStep == null ? "" : nextStep.strip();
        direction = direction == null ? "" : direction.strip();
    }

    /** A draft without a direction of work (as before 1.1). */
    public InteractionDraft(LocalDate date, long agencyId, Long pupilId, String subject, String outcome,
            String nextStep, LocalDate nextDue) {
        this(date, agencyId, pupilId, subject, outcome, nextStep, nextDue, "");
    }
}
