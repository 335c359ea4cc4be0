package org.opora.patronage.api.work;

import java.time.LocalDate;

/**
 * A contact that is due: the configured interval has passed since the last contact, or an agreed next step is due.
 *
 * @param caseId   the case
 * @param pupil    the pupil's name
 * @param last     the day of the last contact, or {@code null} when there was none
 * @param due      the day the contact was due
 * @param nextStep the next step agreed, empty for a contact due by the interval
 */
public record ContactDue(long caseId, String pupil, LocalDate last, LocalDate due, String nextStep) {
}
