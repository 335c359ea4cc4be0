package org.opora.patronage.api.meeting;

import java.time.LocalDate;

/**
 * One line of the list of administrative meetings.
 *
 * @param id          record id
 * @param number      the number of the minutes
 * @param date        the day of the meeting
 * @param chairedBy   who chaired it
 * @param items       how many cases were discussed
 * @param finalisedOn the day the minutes were finalised, or {@code null}
 */
public record MeetingSummary(long id, String number, LocalDate date, String chairedBy, int items,
        LocalDate finalisedOn) {

    public boolean finalised() {
        return finalisedOn != null;
    }
}
