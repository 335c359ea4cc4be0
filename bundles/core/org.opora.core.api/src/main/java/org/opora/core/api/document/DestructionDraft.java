package org.opora.core.api.document;

import java.time.LocalDate;
import java.util.List;

/**
 * An act of destruction to record: its number, date, commission and the documents it destroys.
 *
 * @param number      the act's number, required
 * @param date        the act's date, not in the future
 * @param commission  the commission's members (names and posts), required
 * @param documentIds the documents destroyed: archived and past their retention period, at least one
 * @since 1.2
 */
public record DestructionDraft(String number, LocalDate date, String commission, List<Long> documentIds) {

    public DestructionDraft {
        number = number == null ? "" : number.strip();
        commission = commission == null ? "" : commission.strip();
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }
}
