package org.opora.programmes.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded step: a transition, an approval, an agreement, parents informed. Everything a regulation asks to be
 * approved, agreed or appointed by order is recorded with who, when and the document, never as free text.
 *
 * @param kind        what happened, e.g. the state entered ({@code APPROVED}) or {@code INFORMED}, {@code AGREED}
 * @param date        the day it happened (as on paper: may be before it was recorded)
 * @param by          login of who recorded it
 * @param byName      the name of who did it (the director who approved, the parent who consented)
 * @param recordedAt  when it was recorded
 * @param note        a remark, e.g. the reason of a refusal; may be empty
 * @param orderNumber the order that fixed it (001 section 4.11), empty without one
 * @param orderDate   that order's date, or {@code null}
 */
public record Step(String kind, LocalDate date, String by, String byName, Instant recordedAt, String note,
        String orderNumber, LocalDate orderDate) {

    public Step {
        note = note == null ? "" : note;
        orderNumber = orderNumber == null ? "" : orderNumber;
    }
}
