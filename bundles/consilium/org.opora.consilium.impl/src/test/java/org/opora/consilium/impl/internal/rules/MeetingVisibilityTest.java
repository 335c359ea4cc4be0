package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.core.api.staff.BodyMember;

class MeetingVisibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 12);
    private static final LocalDate MEETING = LocalDate.of(2026, 10, 5);

    private static BodyMember membership(String role, LocalDate from, LocalDate to) {
        return new BodyMember(1, "consilium", 5, "Staff 5", role, from, to, null, "", null);
    }

    private static MeetingAccess access(boolean manage, boolean readAll, List<BodyMember> memberships,
            Long chairId, boolean participant, boolean presenter) {
        return MeetingVisibility.access(new MeetingVisibility.Facts(false, manage, readAll, 5L, memberships,
                MEETING, TODAY, chairId, 9L, participant, presenter, null));
    }

    @Test
    void theVisibilityTable() {
        LocalDate sept = LocalDate.of(2026, 9, 1);
        assertEquals(MeetingAccess.KEEP, MeetingVisibility.access(new MeetingVisibility.Facts(true, false, false,
                null, List.of(), MEETING, TODAY, null, null, false, false, null)));
        assertEquals(MeetingAccess.KEEP, access(true, false, List.of(), 1L, false, false));
        assertEquals(MeetingAccess.KEEP, access(false, false, List.of(), 5L, false, false));
        assertEquals(MeetingAccess.KEEP, access(false, false, List.of(membership("chair", sept, null)), 1L, false,
                false));
        assertEquals(MeetingAccess.KEEP, access(false, false, List.of(membership("deputy-chair", sept,
                LocalDate.of(2026, 12, 31))), 1L, false, false));
        assertEquals(MeetingAccess.KEEP, access(false, false, List.of(membership("secretary",
                LocalDate.of(2027, 1, 1), null)), 1L, false, false));
        assertEquals(MeetingAccess.READ, access(false, true, List.of(), 1L, false, false));
        assertEquals(MeetingAccess.READ, access(false, false, List.of(membership("member", sept, null)), 1L, false,
                false));
        assertEquals(MeetingAccess.READ, access(false, false, List.of(), 1L, true, false));
        assertEquals(MeetingAccess.READ, access(false, false, List.of(), 1L, false, true));
        assertEquals(MeetingAccess.NONE, access(false, false, List.of(), 1L, false, false));
        assertEquals(MeetingAccess.NONE, access(false, false, List.of(membership("member", sept,
                LocalDate.of(2026, 9, 30))), 1L, false, false));
    }
}
