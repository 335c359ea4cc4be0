package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.consilium.impl.internal.support.ConsiliumServiceTestSupport;
import org.opora.core.api.ConflictException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.audit.AuditAction;

class MeetingServiceImplTest extends ConsiliumServiceTestSupport {

    private static final String MEETING = "consilium.meeting";
    private static final String ITEM = "consilium.item";

    private StaffMember chair;
    private StaffMember secretary;
    private StaffMember teacher;
    private Pupil pupil;

    @BeforeEach
    void consilium() {
        wire(Map.of("parentsMustBeInvited", false));
        chair = core.addStaff("Belova", "belova", "psychologist");
        secretary = core.addStaff("Orlova", "orlova", "social-pedagogue");
        teacher = core.addStaff("Smirnova", "smirnova");
        core.addMember(Bodies.CONSILIUM, chair, Bodies.CHAIR);
        core.addMember(Bodies.CONSILIUM, secretary, Bodies.SECRETARY);
        pupil = core.addPupil("Ivanov", teacher.id(), false);
    }

    private static LocalDate yesterday() {
        return LocalDate.now().minusDays(1);
    }

    private static MeetingDraft draft(String time, String place) {
        return new MeetingDraft(MeetingKind.UNPLANNED, "", yesterday(), time, place, null, null);
    }

    private static Outcome outcome(String... decisions) {
        return new Outcome("Anxiety", "Calm", "", "", List.of(decisions), "Recommendations given", "", "", "", null,
                null);
    }

    private void asChair() {
        signIn("belova", ACCESS);
    }

    private Meeting meeting() {
        return meetings.create(draft("14:00", "Room 12"));
    }

    private AgendaItem item(long meetingId) {
        return meetings.addItem(meetingId, new AgendaProposal(pupil.id(), AgendaReason.MONITORING, null, "", "",
                null));
    }

    @Test
    void theChairCreatesAMeetingNumberedInTurnWithTheMembersAsParticipants() {
        asChair();

        Meeting first = meeting();
        Meeting second = meeting();

        assertEquals(List.of("1", "2"), List.of(first.number(), second.number()));
        assertEquals(List.of(chair.id(), secretary.id()), List.of(first.chairId(), first.secretaryId()));
        assertEquals(MeetingStatus.PREPARATION, first.status());
        audited("belova", AuditAction.CREATE, MEETING, second.id());
        assertEquals(2, meetings.participants(first.id()).size());
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

    @Test
    void aPupilIsOnTheAgendaOnceAndTheClassTeacherIsInvited() {
        asChair();
        Meeting m = meeting();

        AgendaItem added = item(m.id());

        assertEquals(pupil.name().full(), added.pupilName());
        audited("belova", AuditAction.CREATE, ITEM, added.id());
        assertEquals(3, meetings.participants(m.id()).size(), "the members and the class teacher");
        refused("consilium.error.item.duplicate", () -> item(m.id()));
        Pupil archived = core.addPupil("Petrov", null, true);
        refused("consilium.error.pupilArchived", () -> meetings.addItem(m.id(),
                new AgendaProposal(archived.id(), AgendaReason.MONITORING, null, "", "", null)));
        assertEquals(1, meetings.agenda(m.id()).size());
    }

    @Test
    void theOutcomeIsCheckedAndAStaleOneRefused() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());

        refused("consilium.error.notInList", () -> meetings.recordOutcome(added.id(), added.version(),
                outcome("exorcism")));
        AgendaItem recorded = meetings.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        assertEquals(List.of("recommendations"), recorded.outcome().decisions());
        audited("belova", AuditAction.UPDATE, ITEM, added.id());
        assertThrows(ConflictException.class, () -> meetings.recordOutcome(added.id(), added.version(),
                outcome("programme-close")));
        assertEquals(List.of("recommendations"), meetings.item(added.id()).outcome().decisions());
    }

    @Test
    void aProtocolIsFinalisedOnlyWhenNothingIsMissing() {
        asChair();
        Meeting m = meeting();
        refused("consilium.error.noItems", () -> meetings.finalise(m.id(), m.version()));
        AgendaItem added = item(m.id());

        assertEquals(List.of("consilium.error.noDecision", "consilium.error.noConclusion"),
                meetings.shortfalls(m.id()).stream().map(Shortfall::messageKey).toList());
        refused("consilium.error.noDecision", () -> meetings.finalise(m.id(), m.version()));
        meetings.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        Meeting concluded = meetings.recordConclusion(m.id(), m.version(), "Support at school");
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        assertThrows(ConflictException.class, () -> meetings.finalise(m.id(), m.version()));

        Meeting finalised = meetings.finalise(m.id(), concluded.version());

        assertEquals(MeetingStatus.FINALISED, finalised.status());
        assertEquals("finalised", audit.last().summary());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
    }

    @Test
    void aFinalisedProtocolChangesOnlyByAnAmendmentWithAReason() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        AgendaItem recorded = meetings.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        refused("consilium.error.notFinalised", () -> meetings.amendConclusion(m.id(), m.version(), "Other",
                "Typo"));
        Meeting concluded = meetings.recordConclusion(m.id(), m.version(), "Support at school");
        Meeting finalised = meetings.finalise(m.id(), concluded.version());

        refused("consilium.error.finalised", () -> meetings.recordConclusion(m.id(), finalised.version(), "New"));
        refused("consilium.error.finalised", () -> meetings.recordOutcome(recorded.id(), recorded.version(),
                outcome("programme-close")));
        refused("consilium.error.finalised", () -> item(m.id()));
        refused("consilium.error.finalised", () -> meetings.update(m.id(), finalised.version(),
                draft("15:00", "Room 1")));
        refused("consilium.error.amendment.reason", () -> meetings.amendConclusion(m.id(), finalised.version(),
                "Support at school and at home", " "));
        refused("consilium.error.amendment.nothing", () -> meetings.amendConclusion(m.id(), finalised.version(),
                "Support at school", "Typo"));
        assertEquals(0, UNIT.rows("AMENDMENT"));

        audit.clear();
        Meeting amended = meetings.amendConclusion(m.id(), finalised.version(), "Support at school and at home",
                "The family asked");
        assertEquals("Support at school and at home", amended.conclusion());
        assertEquals(MeetingStatus.FINALISED, amended.status());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        assertThrows(ConflictException.class, () -> meetings.amendConclusion(m.id(), finalised.version(),
                "Again", "Stale"));

        AgendaItem amendedItem = meetings.amendOutcome(recorded.id(), recorded.version(),
                outcome("recommendations", "programme-close"), "Decision was missing");
        assertEquals(List.of("recommendations", "programme-close"), amendedItem.outcome().decisions());
        audited("belova", AuditAction.UPDATE, ITEM, recorded.id());
        refused("consilium.error.noDecision", () -> meetings.amendOutcome(recorded.id(), amendedItem.version(),
                outcome(), "Remove all"));

        List<Amendment> amendments = meetings.amendments(m.id());
        assertEquals(List.of("The family asked", "Decision was missing"),
                amendments.stream().map(Amendment::reason).toList());
        assertEquals(List.of("belova", "belova"), amendments.stream().map(Amendment::by).toList());
    }
}
