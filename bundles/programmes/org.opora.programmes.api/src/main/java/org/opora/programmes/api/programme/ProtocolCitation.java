package org.opora.programmes.api.programme;

import java.time.LocalDate;

/**
 * The consilium protocol a programme cites (the form's "consilium protocol (number, date)"): picked from the consilium module
 * when it is installed (then {@code itemId} names the pupil's part of the protocol), typed in otherwise.
 *
 * @param number the protocol's number (required)
 * @param date   the protocol's date (required)
 * @param itemId the pupil's agenda item in the consilium module, or {@code null} when typed in
 */
public record ProtocolCitation(String number, LocalDate date, Long itemId) {

    public static ProtocolCitation typed(String number, LocalDate date) {
        return new ProtocolCitation(number, date, null);
    }
}
