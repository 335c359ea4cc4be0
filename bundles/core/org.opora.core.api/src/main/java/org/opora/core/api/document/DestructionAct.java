package org.opora.core.api.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An act of destruction of documents past their retention period.
 *
 * @param id         record id
 * @param number     the act's number
 * @param date       the act's date
 * @param commission the commission's members as written in the act
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @since 1.2
 */
public record DestructionAct(long id, String number, LocalDate date, String commission, Instant recordedAt,
        String recordedBy) {
}
