package org.opora.patronage.api.work;

import java.time.LocalDate;

/**
 * A contact to log.
 *
 * @param date     the day, required, not in the future
 * @param party    with whom, required
 * @param person   the person's name, may be empty
 * @param form     how, required
 * @param content  what was discussed, required
 * @param nextStep the next step agreed, may be empty
 * @param nextDue  when the next step is due; required with a next step, not before the contact
 */
public record ContactDraft(LocalDate date, ContactParty party, String person, ContactForm form, String content,
        String nextStep, LocalDate nextDue) {

    public ContactDraft {
        person = person == null ? "" : person.strip();
        content = content == null ? "" : content.strip();
        nextStep = nextStep == null ? "" : nextStep.strip();
    }
}
