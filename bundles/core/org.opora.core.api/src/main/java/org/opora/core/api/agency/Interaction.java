package org.opora.core.api.agency;

import java.time.LocalDate;

/**
 * One interaction with an agency: a letter, a call, a meeting, a joint visit.
 *
 * @param id       record id
 * @param date     when it happened
 * @param agencyId the agency
 * @param agency   the agency's name
 * @param pupilId  the pupil it concerned, or {@code null}
 * @param pupil    the pupil's name; empty when none
 * @param subject  what it was about
 * @param outcome  the outcome, may be empty
 * @param nextStep the next step, may be empty
 * @param nextDue  when the next step is due, or {@code null}
 * @param author    who recorded it
 * @param direction the direction of work (000 §3), a code of the core's list; empty when not given ("not specified")
 * @param version   optimistic-lock version
 */
public record Interaction(long id, LocalDate date, long agencyId, String agency, Long pupilId, String pupil,
        String subject, String outcome, String nextStep, LocalDate nextDue, String author, String direction,
        long version) {

    public Interaction {
        direction = direction == null ? "" : direction;
    }

    /** An interaction without a direction of work (the record as it was before 1.1). */
    public Interaction(long id, LocalDate date, long agencyId, String agency, Long pupilId, String pupil,
            String subject, String outcome, String nextStep, LocalDate nextDue, String author, long version) {
        this(id, date, agencyId, agency, pupilId, pupil, subject, outcome, nextStep, nextDue, author, "", version);
    }
}
