package org.opora.patronage.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opora.core.api.ConflictException;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.core.api.pupil.Pupil;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.meeting.MeetingSummary;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;

class AdminMeetingServiceImplTest extends PatronageServiceTestSupport {

    private static MeetingDraft meeting(String number, LocalDate date) {
        return new MeetingDraft(date, number, "Khudyakov Anna Petrovna", "Orlova, Belova, Smirnova");
    }

    private CuratorReport report(PatronageCase c) {
        signIn("belova", SPECIALIST);
        return reports.submit(c.id(), new ReportDraft(order.date(), today(), "Talks, home visit", "Fewer absences",
                "", "Involve the inspector"));
    }

    private void asDirector() {
        signIn("khudyakov", DIRECTOR);
    }

    @Test
    void theDirectorHoldsAMeetingOnTheCasesAndFinalisesTheMinutes() {
        PatronageCase c = curatedCase();
        CuratorReport r = report(c);
        asDirector();
        AdminMeeting m = meetings.create(meeting("1", today()));
        assertEquals("1", m.number());
        assertFalse(m.finalised());
        audited("khudyakov", AuditAction.CREATE, AdminMeetingServiceImpl.MEETING, m.id());
        MeetingItem item = meetings.addItem(m.id(), c.id(), r.id());
        assertEquals(1, item.position());
        assertEquals(pupil.name().full(), item.pupil());
        assertEquals("5A", item.className());
        assertEquals(psychologist.name().full(), item.curators());
        assertEquals(r.id(), item.report().id());
        assertEquals("", item.decision());
        audited("khudyakov", AuditAction.CREATE, AdminMeetingServiceImpl.ITEM, item.id());
        MeetingItem decided = meetings.recordDecision(item.id(), item.version(), "Continue; involve the inspector");
        assertEquals("Continue; involve the inspector", decided.decision());
        audited("khudyakov", AuditAction.UPDATE, AdminMeetingServiceImpl.ITEM, item.id());
        AdminMeeting done = meetings.finalise(m.id(), m.version());
        assertEquals(today(), done.finalisedOn());
        audited("khudyakov", AuditAction.UPDATE, AdminMeetingServiceImpl.MEETING, m.id());
        AdminMeeting read = meetings.get(m.id());
        audited("khudyakov", AuditAction.READ, AdminMeetingServiceImpl.MEETING, m.id());
        assertTrue(read.items().get(0).report().discussed());
        assertEquals(List.of(new MeetingSummary(m.id(), "1", today(), "Khudyakov Anna Petrovna", 1, today())),
                meetings.find());
    }

    /** An administrative meeting's date: 01.01.1900, 01.01.2999, outside the academic years around today. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1900-01-01", "2999-01-01", "2020-01-15", "before", "after"})
    void aMeetingDateOutsideTheSchoolYearsIsRefusedNamingTheRange(String day) {
        asDirector();
        LocalDate first = FieldChecks.firstSchoolDay(today());
        LocalDate last = FieldChecks.lastSchoolDay(today());
        LocalDate date = switch (day) {
            case "before" -> first.minusDays(1);
            case "after" -> last.plusDays(1);
            default -> LocalDate.parse(day);
        };
        ValidationException e = refused("core.error.date.schoolYears", () -> meetings.create(meeting("1", date)));
        assertEquals("date", e.field());
        assertEquals(List.of(FieldChecks.day(first), FieldChecks.day(last)), List.of(e.params()));
        assertEquals(0, UNIT.rows("ADMIN_MEETING"));
    }

    @Test
    void theHeaderIsCheckedAndCorrectedWhileDrafted() {
        asDirector();
        refused("core.error.required", () -> meetings.create(meeting(" ", today())));
        refused("core.error.required", () -> meetings.create(meeting("1", null)));
        refused("core.error.required", () -> meetings.create(new MeetingDraft(today(), "1", "", "")));
        refused("core.error.tooLong", () -> meetings.create(meeting("1".repeat(33), today())));
        AdminMeeting m = meetings.create(meeting("1", today()));
        refused("patronage.error.meetingNumberTaken", () -> meetings.create(meeting("1", today())));
        LocalDate lastYear = today().minusYears(1);
        AdminMeeting old = meetings.create(meeting("1", lastYear));
        refused("patronage.error.meetingNumberTaken", () -> meetings.update(old.id(), old.version(),
                meeting("1", today())));
        AdminMeeting moved = meetings.update(m.id(), m.version(), new MeetingDraft(today(), "1", "Khudyakov",
                "Everyone"));
        assertEquals("Everyone", moved.attendees());
        audited("khudyakov", AuditAction.UPDATE, AdminMeetingServiceImpl.MEETING, m.id());
        assertThrows(ConflictException.class, () -> meetings.update(m.id(), m.version(), meeting("1", today())));
        assertEquals(List.of(m.id(), old.id()), meetings.find().stream().map(MeetingSummary::id).toList());
    }

    @Test
    void casesAreDiscussedOnceWithTheirOwnReportsNotYetOnAMeeting() {
        PatronageCase c = curatedCase();
        CuratorReport r = report(c);
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        asCoordinator();
        PatronageCase d = cases.open(new CaseDraft(other.id(), "failing", "Marks", today().minusDays(3)));
        asDirector();
        AdminMeeting m = meetings.create(meeting("1", today()));
        refused("patronage.error.reportUnknown", () -> meetings.addItem(m.id(), d.id(), r.id()));
        refused("patronage.error.reportUnknown", () -> meetings.addItem(m.id(), c.id(), 999L));
        meetings.addItem(m.id(), c.id(), r.id());
        refused("patronage.error.caseOnMeeting", () -> meetings.addItem(m.id(), c.id(), null));
        AdminMeeting n = meetings.create(meeting("2", today()));
        refused("patronage.error.reportOnMeeting", () -> meetings.addItem(n.id(), c.id(), r.id()));
        MeetingItem without = meetings.addItem(n.id(), d.id(), null);
        assertNull(without.report());
        assertEquals("", without.curators(), "no curator yet");
        PatronageCase current = cases.get(d.id());
        cases.close(d.id(), current.version(), today(), "Moved away");
        AdminMeeting p = meetings.create(meeting("3", today()));
        refused("patronage.error.closed", () -> meetings.addItem(p.id(), d.id(), null));
        assertEquals(2, UNIT.rows("MEETING_ITEM"));
    }

    @Test
    void theMinutesAreFinalisedOnlyAfterTheMeetingWithADecisionOnEveryCase() {
        PatronageCase c = curatedCase();
        asDirector();
        AdminMeeting planned = meetings.create(meeting("1", today().plusDays(1)));
        meetings.addItem(planned.id(), c.id(), null);
        refused("patronage.rule.meetingNotHeld", () -> meetings.finalise(planned.id(), planned.version()));
        AdminMeeting empty = meetings.create(meeting("2", today()));
        refused("patronage.rule.meetingEmpty", () -> meetings.finalise(empty.id(), empty.version()));
        MeetingItem item = meetings.addItem(empty.id(), c.id(), null);
        refused("patronage.rule.decisionMissing", () -> meetings.finalise(empty.id(), empty.version()));
        refused("core.error.required", () -> meetings.recordDecision(item.id(), item.version(), " "));
        meetings.recordDecision(item.id(), item.version(), "Close the case next quarter");
        assertThrows(ConflictException.class, () -> meetings.recordDecision(item.id(), item.version(), "Stale"));
        AdminMeeting current = meetings.get(empty.id());
        assertThrows(ConflictException.class, () -> meetings.finalise(empty.id(), current.version() + 1));
        assertFalse(meetings.get(empty.id()).finalised());
        assertTrue(meetings.finalise(empty.id(), current.version()).finalised());
    }

    @Test
    void finalisedMinutesAreReadOnly() {
        PatronageCase c = curatedCase();
        asDirector();
        AdminMeeting m = meetings.create(meeting("1", today()));
        MeetingItem item = meetings.addItem(m.id(), c.id(), null);
        MeetingItem decided = meetings.recordDecision(item.id(), item.version(), "Continue");
        AdminMeeting done = meetings.finalise(m.id(), m.version());
        CuratorReport r = report(c);
        asDirector();
        refused("patronage.error.meetingFinalised", () -> meetings.addItem(m.id(), c.id(), r.id()));
        refused("patronage.error.meetingFinalised", () -> meetings.recordDecision(item.id(), decided.version(),
                "Other"));
        refused("patronage.error.meetingFinalised", () -> meetings.removeItem(item.id(), decided.version()));
        refused("patronage.error.meetingFinalised", () -> meetings.update(m.id(), done.version(),
                meeting("1", today())));
        refused("patronage.error.meetingFinalised", () -> meetings.finalise(m.id(), done.version()));
        assertEquals("Continue", meetings.get(m.id()).items().get(0).decision());
    }

    @Test
    void aCaseTakenOffTheMeetingRenumbersTheRest() {
        PatronageCase c = curatedCase();
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        asCoordinator();
        PatronageCase d = cases.open(new CaseDraft(other.id(), "failing", "Marks", today().minusDays(3)));
        asDirector();
        AdminMeeting m = meetings.create(meeting("1", today()));
        MeetingItem first = meetings.addItem(m.id(), c.id(), null);
        meetings.addItem(m.id(), d.id(), null);
        assertThrows(ConflictException.class, () -> meetings.removeItem(first.id(), first.version() + 1));
        meetings.removeItem(first.id(), first.version());
        audited("khudyakov", AuditAction.DELETE, AdminMeetingServiceImpl.ITEM, first.id());
        List<MeetingItem> left = meetings.get(m.id()).items();
        assertEquals(1, left.size());
        assertEquals(1, left.get(0).position());
        assertEquals(d.id(), left.get(0).caseId());
    }

    @Test
    void theKeepersTheReadersOfAllAndTheCoordinatorReadMeetingsOthersAreRefused() {
        PatronageCase c = curatedCase();
        asDirector();
        AdminMeeting m = meetings.create(meeting("1", today()));
        meetings.addItem(m.id(), c.id(), null);
        asCoordinator();
        assertEquals(1, meetings.find().size());
        assertEquals(1, meetings.get(m.id()).items().size());
        denied(PatronagePermissions.MEETING, () -> meetings.create(meeting("2", today())));
        signIn("smirnova", CLASS_TEACHER);
        assertThrows(AccessDeniedException.class, () -> meetings.find());
        assertThrows(AccessDeniedException.class, () -> meetings.get(m.id()));
        audited("smirnova", AuditAction.REFUSED, AdminMeetingServiceImpl.MEETING, m.id());
        signIn("belova", SPECIALIST);
        denied(PatronagePermissions.MEETING, () -> meetings.addItem(m.id(), c.id(), null));
        denied(PatronagePermissions.MEETING, () -> meetings.finalise(m.id(), m.version()));
    }

    @Test
    void aKeeperWhoMayNotReadTheCaseCannotPutItOnAMeeting() {
        PatronageCase c = openCase();
        signIn("deputy", PatronagePermissions.ACCESS, PatronagePermissions.MEETING);
        AdminMeeting m = meetings.create(meeting("1", today()));
        assertEquals(1, meetings.find().size(), "the keeper of the meetings reads them");
        refusedAndJournaled("deputy", c.id(), () -> meetings.addItem(m.id(), c.id(), null));
        assertEquals(0, UNIT.rows("MEETING_ITEM"));
    }
}
