package org.opora.consilium.api.meeting;

/**
 * Someone taking part in a meeting: a staff member, or an invited external specialist with their organisation.
 *
 * @param id           record id
 * @param meetingId    the meeting
 * @param staffId      the staff member, or {@code null} for an external specialist
 * @param name         full name
 * @param position     position or specialist role
 * @param organisation for an external specialist, their organisation; empty for staff
 * @param attended     {@code true} present, {@code false} absent, {@code null} not yet recorded
 */
public record Participant(long id, long meetingId, Long staffId, String name, String position,
        String organisation, Boolean attended) {

    public Participant {
        position = position == null ? "" : position;
        organisation = organisation == null ? "" : organisation;
    }

    public boolean external() {
        return staffId == null;
    }
}
