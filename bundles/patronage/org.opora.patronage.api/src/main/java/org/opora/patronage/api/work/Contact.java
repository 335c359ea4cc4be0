package org.opora.patronage.api.work;

import java.time.LocalDate;

/**
 * One entry of the contact log of a case.
 *
 * @param id        record id
 * @param caseId    the case
 * @param date      the day of the contact
 * @param party     with whom
 * @param person    the person's name (the parent, the teacher), may be empty
 * @param form      how
 * @param content   what was discussed
 * @param nextStep  the next step agreed, may be empty
 * @param nextDue   when the next step is due, or {@code null}
 * @param author    who logged it
 * @param version   optimistic-lock version
 */
public record Contact(long id, long caseId, LocalDate date, ContactParty party, String person, ContactForm form,
        String content, String nextStep, LocalDate nextDue, String author, long version) {
}
