package org.opora.programmes.api.programme;

import java.time.LocalDate;

/**
 * The parents' answer to the programme (the form's sign-off: the parents have read the programme and agree to take part in it).
 *
 * @param given          consent given ({@code true}) or refused
 * @param date           the day of the answer; not in the future
 * @param representative the parent (legal representative) who answered, as in the pupil card
 * @param note           e.g. the reason of a refusal; may be empty
 */
public record Consent(boolean given, LocalDate date, String representative, String note) {

    public Consent {
        note = note == null ? "" : note;
    }
}
