package org.opora.patronage.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.meeting.AdminMeeting;
import org.opora.patronage.api.meeting.MeetingDraft;
import org.opora.patronage.api.meeting.MeetingItem;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.report.ReportDue;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class ReportServiceImplTest extends PatronageServiceTestSupport {

    private static ReportDraft draft(LocalDate from, LocalDate to, String work) {
        return new ReportDraft(from, to, work, "Fewer absences", "Mother rarely comes", "Involve the inspector");
    }

    private CuratorReport submitted(PatronageCase c) {
        signIn("belova", SPECIALIST);
        return reports.submit(c.id(), draft(order.date(), today(), "Talks, home visit"));
    }

    @Test
    void theCuratorSubmitsAReportAndTheCasesReadersReadIt() {
        PatronageCase c = curatedCase();
        CuratorReport r = submitted(c);
        assertEquals(psychologist.name().full(), r.author());
        assertEquals(today(), r.submittedOn());
        assertEquals("Involve the inspector", r.proposals());
        assertNull(r.meetingId());
        assertFalse(r.discussed());
        audited("belova", AuditAction.CREATE, ReportServiceImpl.RECORD, r.id());
        asCoordinator();
        assertEquals(List.of(r.id()), reports.reports(c.id()).stream().map(CuratorReport::id).toList());
        audited("orlova", AuditAction.READ, CaseGate.CASE, c.id());
        signIn("khudyakov", DIRECTOR);
        assertEquals("Talks, home visit", reports.reports(c.id()).get(0).workDone());
    }

    @Test
    void theNewestPeriodComesFirst() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        reports.submit(c.id(), draft(order.date(), today().minusDays(3), "First"));
        reports.submit(c.id(), draft(today().minusDays(2), today(), "Second"));
        assertEquals(List.of("Second", "First"),
                reports.reports(c.id()).stream().map(CuratorReport::workDone).toList());
    }

    @Test
    void theReportIsChecked() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        refused("core.error.required", () -> reports.submit(c.id(), draft(order.date(), today(), " ")));
        refused("core.error.required", () -> reports.submit(c.id(), new ReportDraft(order.date(), today(), "Work",
                "", "", "")));
        refused("core.error.required", () -> reports.submit(c.id(), draft(null, today(), "Work")));
        refused("core.error.future", () -> reports.submit(c.id(), draft(order.date(), today().plusDays(1),
                "Work")));
        refused("patronage.rule.periodReversed", () -> reports.submit(c.id(), draft(today(), today().minusDays(1),
                "Work")));
        refused("patronage.rule.beforeOpening", () -> reports.submit(c.id(), draft(c.openedOn().minusDays(1),
                today(), "Work")));
        refused("core.error.tooLong", () -> reports.submit(c.id(), draft(order.date(), today(), "x".repeat(4001))));
        assertEquals(0, UNIT.rows("CURATOR_REPORT"));
        reports.submit(c.id(), new ReportDraft(c.openedOn(), c.openedOn(), "Work", "Results", "", ""));
        assertEquals(1, UNIT.rows("CURATOR_REPORT"), "difficulties and proposals may be left out");
    }

    @Test
    void onlyAServingCuratorSubmitsOthersAreRefusedAndJournaled() {
        PatronageCase c = curatedCase();
        asCoordinator();
        refusedAndJournaled("orlova", c.id(), () -> reports.submit(c.id(), draft(order.date(), today(), "Work")));
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> reports.submit(c.id(), draft(order.date(), today(), "Work")));
        refusedAndJournaled("smirnova", c.id(), () -> reports.reports(c.id()));
        signIn("belova", PatronagePermissions.ACCESS);
        denied(PatronagePermissions.WORK, () -> reports.submit(c.id(), draft(order.date(), today(), "Work")));
        signIn("khudyakov", DIRECTOR);
        Curator term = curators.curators(c.id()).get(0);
        curators.release(term.id(), term.version(), order.id(), today().minusDays(1));
        signIn("belova", SPECIALIST);
        refusedAndJournaled("belova", c.id(), () -> reports.submit(c.id(), draft(order.date(), today(), "Work")));
        assertEquals(0, UNIT.rows("CURATOR_REPORT"));
    }

    @Test
    void aClosedCaseTakesNoReport() {
        PatronageCase c = curatedCase();
        asCoordinator();
        PatronageCase current = cases.get(c.id());
        cases.close(c.id(), current.version(), today(), "Improved");
        signIn("belova", SPECIALIST);
        refused("patronage.error.closed", () -> reports.submit(c.id(), draft(order.date(), today(), "Work")));
        assertEquals(Optional.empty(), reports.nextDue(c.id()));
    }

    @Test
    void theAuthorCorrectsTheReportUntilAFinalisedMeetingDiscussedIt() {
        PatronageCase c = curatedCase();
        CuratorReport r = submitted(c);
        CuratorReport fixed = reports.update(r.id(), r.version(), draft(order.date(), today(), "Talks, two visits"));
        assertEquals("Talks, two visits", fixed.workDone());
        audited("belova", AuditAction.UPDATE, ReportServiceImpl.RECORD, r.id());
        assertThrows(ConflictException.class,
                () -> reports.update(r.id(), r.version(), draft(order.date(), today(), "Stale")));
        asCoordinator();
        refusedAndJournaled("orlova", c.id(),
                () -> reports.update(r.id(), fixed.version(), draft(order.date(), today(), "Not mine")));

        signIn("khudyakov", DIRECTOR);
        AdminMeeting m = meetings.create(new MeetingDraft(today(), "3", "Khudyakov", ""));
        MeetingItem item = meetings.addItem(m.id(), c.id(), r.id());
        signIn("belova", SPECIALIST);
        CuratorReport onMeeting = reports.update(r.id(), fixed.version(), draft(order.date(), today(),
                "Corrected before the meeting"));
        assertEquals("3", onMeeting.meetingNumber());
        assertFalse(onMeeting.discussed(), "the meeting is not finalised yet");

        signIn("khudyakov", DIRECTOR);
        meetings.recordDecision(item.id(), item.version(), "Continue the patronage");
        meetings.finalise(m.id(), meetings.get(m.id()).version());
        signIn("belova", SPECIALIST);
        CuratorReport discussed = reports.reports(c.id()).get(0);
        assertTrue(discussed.discussed());
        assertEquals(today(), discussed.meetingDate());
        refused("patronage.error.reportDiscussed", () -> reports.update(r.id(), discussed.version(),
                draft(order.date(), today(), "Too late")));
        assertEquals("Corrected before the meeting", reports.reports(c.id()).get(0).workDone());
    }

    @Test
    void aReportFallsDueTheIntervalAfterTheTermBeganAndIsTheCuratorsDuty() {
        wire(Map.of("reportIntervalDays", 8));
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        assertEquals(Optional.of(order.date().plusDays(8)), reports.nextDue(c.id()));
        assertEquals(List.of(), reports.dueFor("belova"), "the term began 7 days ago");
        wire(Map.of("reportIntervalDays", 7));
        List<ReportDue> due = reports.dueFor("belova");
        assertEquals(1, due.size());
        assertEquals(new ReportDue(c.id(), pupil.name().full(), null, today()), due.get(0));
        assertEquals(List.of(), reports.dueFor("smirnova"), "only the curators");
        assertEquals(List.of(), reports.dueFor("nobody"));
        reports.submit(c.id(), draft(order.date(), today(), "Work"));
        assertEquals(List.of(), reports.dueFor("belova"));
        assertEquals(Optional.of(today().plusDays(7)), reports.nextDue(c.id()), "the interval runs from the report");
        wire(Map.of("reportIntervalDays", 0));
        assertEquals(Optional.empty(), reports.nextDue(c.id()));
        assertEquals(List.of(), reports.dueFor("belova"));
    }

    @Test
    void aCaseWithoutACuratorHasNoReportDue() {
        PatronageCase c = openCase();
        assertEquals(Optional.empty(), reports.nextDue(c.id()));
        signIn("smirnova", CLASS_TEACHER);
        refusedAndJournaled("smirnova", c.id(), () -> reports.nextDue(c.id()));
    }
}
