package org.opora.consilium.impl.internal.print;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.impl.internal.fake.FakeMeetings;

/** A meeting with two pupils for the forms' tests, and the text of a built document. */
final class ProtocolFixture {

    static final long MEETING = 7;
    static final long ITEM_IVANOV = 71;
    static final long ITEM_PETROVA = 72;
    static final String IVANOV = "Ivanov Ivan Petrovich";
    static final String PETROVA = "Petrova Maria Olegovna";
    static final String READER = "reader";
    static final LocalDate DAY = LocalDate.of(2026, 10, 21);

    private ProtocolFixture() {
    }

    static FakeMeetings meetings(MeetingStatus status) {
        FakeMeetings fake = new FakeMeetings();
        fake.currentUser = READER;
        fake.allow(READER, MEETING, MeetingAccess.READ);
        Instant finalisedAt = status == MeetingStatus.FINALISED ? Instant.parse("2026-10-22T10:00:00Z") : null;
        fake.meetings.put(MEETING, new Meeting(MEETING, "5", 5, 2026, MeetingKind.PLANNED,
                "socio-psychological-testing", DAY, "14:30", "Room 214", 1L, "Kuznetsov Andrey Petrovich", 2L,
                "Belov Sergey Nikolaevich", DAY.minusDays(1), "Both pupils " + IVANOV + " and " + PETROVA
                        + " need support.", status, finalisedAt, "", "", 2, 3));
        fake.agendas.put(MEETING, List.of(item(ITEM_IVANOV, 1, 101, IVANOV, "8A", "Ivanova Olga"),
                item(ITEM_PETROVA, 2, 102, PETROVA, "9B", "Petrov Oleg")));
        fake.participants.put(MEETING, List.of(
                new Participant(1, MEETING, 4L, "Volkova Anna Igorevna", "Educational psychologist", "", true),
                new Participant(2, MEETING, 5L, "Absent Teacher", "Teacher", "", false),
                new Participant(3, MEETING, null, "Sidorov Petr", "Psychiatrist", "Clinic No. 3", null)));
        fake.amendments.put(MEETING, new ArrayList<>());
        return fake;
    }

    static AgendaItem item(long id, int position, long pupilId, String pupil, String className, String parent) {
        Outcome outcome = new Outcome("Anxiety of " + pupil, "Lower anxiety", "Task one\nTask two",
                "Sport club", List.of("programme-open", "recommendations"), "Draft a programme",
                "Praise in class", "Daily talks", "", 4L, null);
        return new AgendaItem(id, MEETING, position, pupilId, pupil, className, LocalDate.of(2012, 3, 4),
                AgendaReason.MONITORING, null, "", "", outcome, "Volkova A. I.",
                List.of(new ParentInvitation(id * 10, id, 9L, parent, "mother", DAY.minusDays(7),
                        Attendance.PRESENT)),
                List.of(new Presentation(id * 100, id, 4, "Volkova Anna Igorevna", "Educational psychologist",
                        "Presentation about " + pupil, Instant.parse("2026-10-20T10:00:00Z"), 1)),
                2);
    }

    static void amend(FakeMeetings fake) {
        fake.amendments.get(MEETING).add(new Amendment(1, MEETING, ITEM_IVANOV,
                Instant.parse("2026-11-02T09:00:00Z"), "deputy", "Kuznetsov A. P.", "Typo in the tasks", "tasks"));
    }
}
