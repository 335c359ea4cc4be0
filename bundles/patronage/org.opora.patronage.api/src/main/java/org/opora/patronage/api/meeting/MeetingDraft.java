package org.opora.patronage.api.meeting;

import java.time.LocalDate;

/**
 * The header of an administrative meeting to create or correct.
 *
 * @param date      the day of the meeting, required (it may be planned ahead)
 * @param number    the number of the minutes, required, not taken by another meeting of the same year
 * @param chairedBy who chairs it (the director), required
 * @param attendees who attended, may be empty until the meeting is held
 */
public record MeetingDraft(LocalDate date, String number, String chairedBy, String attendees) {

    public MeetingDraft {
        number = number == null ? "" : number.strip();
        chairedBy = chairedBy == null ? "" : chairedBy.strip();
        attendees = attendees == null ? "" : attendees.strip();
    }
}
