package org.opora.consilium.ui.internal.meeting;

import java.util.List;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingStatus;

/**
 * What the meeting page read once for its panels: the meeting, its agenda, the user's access and staff record, the
 * settings, and how to read everything afresh after a change.
 *
 * @param services  the services the panels call
 * @param meeting   the meeting's header
 * @param agenda    the agenda items in order
 * @param access    what the user may do (read or keep)
 * @param settings  the consilium's settings in the user's language
 * @param myStaffId the signed-in user's staff record, or {@code null} without one
 * @param reload    reads the page afresh, keeping the open tab and the selected pupil
 */
record MeetingPage(MeetingView.Services services, Meeting meeting, List<AgendaItem> agenda, MeetingAccess access,
        ConsiliumSettings settings, Long myStaffId, Runnable reload) {

    MeetingPage {
        agenda = List.copyOf(agenda);
    }

    /** Whether the user keeps the meeting and it is still being prepared: everything may change. */
    boolean editable() {
        return access.canKeep() && meeting.status() == MeetingStatus.PREPARATION;
    }

    /** Whether the user keeps a finalised protocol and may amend it. */
    boolean amendable() {
        return access.canKeep() && meeting.finalised();
    }

    /** Whether the meeting is still being prepared (presentations may be written). */
    boolean inPreparation() {
        return meeting.status() == MeetingStatus.PREPARATION;
    }
}
