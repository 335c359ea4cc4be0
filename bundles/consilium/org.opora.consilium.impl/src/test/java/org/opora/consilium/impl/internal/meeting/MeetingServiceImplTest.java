package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.core.api.ConflictException;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;

/** Meetings as a whole: creation, the header, who may read and change a meeting, stale copies, cancellation. */
class MeetingServiceImplTest extends MeetingTestSupport {

    @Test
    void theChairCreatesAMeetingNumberedInTurnWithTheMembersAsParticipants() {
        asChair();

        Meeting first = meeting();
        Meeting second = meeting();

        assertEquals(List.of("1", "2"), List.of(first.number(), second.number()));
        assertEquals(List.of(chair.id(), secretary.id()), List.of(first.chairId(), first.secretaryId()));
        assertEquals(MeetingStatus.PREPARATION, first.status());
        audited("belova", AuditAction.CREATE, MEETING, second.id());
        assertEquals(2, participants.participants(first.id()).size());
        assertEquals(MeetingAccess.KEEP, meetings.access(first.id()));
        assertEquals(2, meetings.count(MeetingQuery.all()));
        assertEquals(List.of(second.id(), first.id()),
                meetings.find(MeetingQuery.all(), 0, 10).stream().map(Meeting::id).toList());
    }

    @Test
    void theHeaderIsCheckedBeforeAnythingIsWritten() {
        asChair();
        refused("consilium.error.time", () -> meetings.create(draft("25:99", "Room 12")));
        refused("core.error.required", () -> meetings.create(draft("14:00", " ")));
        refused("core.error.required", () -> meetings.create(new MeetingDraft(MeetingKind.PLANNED, "", yesterday(),
                "", "Room 12", null, null)));
        refused("consilium.error.notInList", () -> meetings.create(new MeetingDraft(MeetingKind.PLANNED,
                "horoscopes", yesterday(), "", "Room 12", null, null)));
        refused("consilium.error.staffUnknown", () -> meetings.create(new MeetingDraft(MeetingKind.UNPLANNED, "",
                yesterday(), "", "Room 12", 4242L, null)));
        assertEquals(0, UNIT.rows("MEETING"));
        assertEquals(List.of(), audit.entries());
    }

    /**
     * The meeting's date: empty, the 01.01.1900 that once crashed the numbering, far ahead, too far back, the days
     * just outside the previous and the next academic year; each refused naming the range, nothing stored.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "1900-01-01", "2999-01-01", "2020-01-15", "before", "after"})
    void aMeetingDateOutsideTheSchoolYearsAroundTodayIsRefused(String day) {
        asChair();
        LocalDate today = LocalDate.now();
        LocalDate first = FieldChecks.firstSchoolDay(today);
        LocalDate last = FieldChecks.lastSchoolDay(today);
        LocalDate date = switch (day) {
            case "" -> null;
            case "before" -> first.minusDays(1);
            case "after" -> last.plusDays(1);
            default -> LocalDate.parse(day);
        };
        MeetingDraft d = new MeetingDraft(MeetingKind.UNPLANNED, "", date, "14:00", "Room 12", null, null);
        ValidationException e = refused(date == null ? "core.error.required" : "core.error.date.schoolYears",
                () -> meetings.create(d));
        assertEquals("date", e.field());
        if (date != null) {
            assertEquals(List.of(FieldChecks.day(first), FieldChecks.day(last)), List.of(e.params()));
            assertThrows(ValidationException.class, () -> agenda.proposals(date));
        }
        Meeting m = meeting();
        refused(e.messageKey(), () -> meetings.update(m.id(), m.version(), d));
        assertEquals(1, UNIT.rows("MEETING"));
        assertEquals(yesterday(), meetings.get(m.id()).date());
    }

    @Test
    void someoneOutsideTheConsiliumCanNeitherCreateNorReadNorChange() {
        asChair();
        Meeting m = meeting();

        signIn("smirnova", ACCESS);
        denied(MEETING_MANAGE, () -> meetings.create(draft("14:00", "Room 12")));
        denied(MEETING_READ_ALL, () -> meetings.get(m.id()));
        denied(MEETING_MANAGE, () -> meetings.update(m.id(), m.version(), draft("15:00", "Room 1")));
        denied(MEETING_MANAGE, () -> meetings.cancel(m.id(), m.version(), "Nobody came"));
        denied(MEETING_MANAGE, () -> item(m.id()));
        assertEquals(MeetingAccess.NONE, meetings.access(m.id()));
        assertEquals(0, meetings.count(MeetingQuery.all()));
        assertEquals(1, UNIT.rows("MEETING"));
        assertEquals(0, UNIT.rows("AGENDA_ITEM"));
        signIn("stranger");
        denied(ACCESS, () -> meetings.find(MeetingQuery.all(), 0, 10));
    }

    @Test
    void aChangeFromAStaleCopyIsRefusedAndACancelledMeetingStaysAsItIs() {
        asChair();
        Meeting m = meeting();
        Meeting moved = meetings.update(m.id(), m.version(), draft("15:00", "Room 1"));
        assertEquals("Room 1", moved.place());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());

        assertThrows(ConflictException.class, () -> meetings.update(m.id(), m.version(), draft("16:00", "Hall")));
        assertThrows(ConflictException.class, () -> meetings.cancel(m.id(), m.version(), "Nobody came"));
        refused("core.error.required", () -> meetings.cancel(m.id(), moved.version(), " "));
        Meeting cancelled = meetings.cancel(m.id(), moved.version(), "Nobody came");
        assertEquals(MeetingStatus.CANCELLED, cancelled.status());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        refused("consilium.error.cancelled", () -> meetings.update(m.id(), cancelled.version(),
                draft("16:00", "Hall")));
        assertEquals("Room 1", meetings.get(m.id()).place());
    }
}
