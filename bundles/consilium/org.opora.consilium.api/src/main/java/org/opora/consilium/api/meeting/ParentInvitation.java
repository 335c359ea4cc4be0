package org.opora.consilium.api.meeting;

import java.time.LocalDate;

/**
 * A parent (legal representative) invited to the discussion of their child.
 *
 * @param id               record id
 * @param itemId           the agenda item
 * @param representativeId the representative in the core, or {@code null} when typed in
 * @param name             full name
 * @param relation         relation code (core's list), may be empty
 * @param invitedOn        day the invitation was made
 * @param attendance       whether they came
 */
public record ParentInvitation(long id, long itemId, Long representativeId, String name, String relation,
        LocalDate invitedOn, Attendance attendance) {

    public ParentInvitation {
        relation = relation == null ? "" : relation;
        attendance = attendance == null ? Attendance.UNKNOWN : attendance;
    }
}
