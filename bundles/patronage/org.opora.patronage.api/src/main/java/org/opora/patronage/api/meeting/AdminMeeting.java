package org.opora.patronage.api.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrative meeting held by the director (003 section 3.1), with the cases discussed.
 *
 * @param id          record id
 * @param number      the number of the minutes
 * @param date        the day of the meeting
 * @param chairedBy   who chaired it (the director), by name
 * @param attendees   who attended, as the minutes list them; may be empty
 * @param items       the cases discussed, in order
 * @param finalisedOn the day the minutes were finalised, or {@code null} while they are drafted
 * @param version     optimistic-lock version
 */
public record AdminMeeting(long id, String number, LocalDate date, String chairedBy, String attendees,
        List<MeetingItem> items, LocalDate finalisedOn, long version) {

    public AdminMeeting {
        attendees = attendees == null ? "" : attendees;
        items = List.copyOf(items);
    }

    /** Whether the minutes are finalised: nothing on the meeting changes any more. */
    public boolean finalised() {
        return finalisedOn != null;
    }
}
