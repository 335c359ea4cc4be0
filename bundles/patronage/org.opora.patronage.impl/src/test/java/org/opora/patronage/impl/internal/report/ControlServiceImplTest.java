package org.opora.patronage.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.core.api.pupil.Pupil;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.report.ControlRow;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

class ControlServiceImplTest extends PatronageServiceTestSupport {

    private WorkItemDraft row(int daysAgo) {
        return new WorkItemDraft("Talk " + daysAgo, "Talk", today().minusDays(daysAgo + 2),
                today().minusDays(daysAgo), psychologist.id(), HelpKind.PSYCHOLOGICAL_PEDAGOGICAL, "Calmer");
    }

    @Test
    void theDirectorSeesEveryOpenCaseWithWhatIsBehindThoseNeedingAttentionFirst() {
        wire(Map.of("contactIntervalDays", 14, "reportIntervalDays", 7));
        PatronageCase curated = curatedCase();
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        Pupil fine = core.addPupil("Alexeev", teacher.id(), false);
        asCoordinator();
        PatronageCase orphan = cases.open(new CaseDraft(other.id(), "failing", "Marks", today().minusDays(3)));
        PatronageCase quiet = cases.open(new CaseDraft(fine.id(), "at-risk", "Family", today().minusDays(2)));
        signIn("khudyakov", DIRECTOR);
        curators.appoint(quiet.id(), org.opora.patronage.api.team.CuratorDraft.internal(teacher.id(), order.id(),
                today().minusDays(2)));
        signIn("belova", SPECIALIST);
        plan.add(curated.id(), row(1));
        plan.add(curated.id(), row(3));
        plan.add(curated.id(), row(-5));

        signIn("khudyakov", DIRECTOR);
        List<ControlRow> rows = control.control();
        assertEquals(List.of(pupil.name().full(), other.name().full(), fine.name().full()),
                rows.stream().map(ControlRow::pupil).toList(), "those needing attention first, then by name");
        ControlRow c = rows.get(0);
        assertEquals(curated.id(), c.caseId());
        assertEquals("5A", c.className());
        assertEquals(List.of(psychologist.name().full()), c.curators());
        assertEquals(2, c.overdueRows());
        assertEquals(curated.openedOn().plusDays(14), c.contactDue(), "no contact since the opening");
        assertEquals(today(), c.reportDue(), "the term began 7 days ago");
        assertNull(c.lastReport());
        ControlRow o = rows.get(1);
        assertTrue(o.withoutCurator());
        assertNull(o.reportDue(), "no curator, no report due");
        assertTrue(o.attention());
        ControlRow q = rows.get(2);
        assertFalse(q.attention());
        assertEquals(0, q.overdueRows());

        signIn("belova", SPECIALIST);
        contacts.log(curated.id(), new ContactDraft(today(), ContactParty.PARENTS, "Mother", ContactForm.PHONE,
                "Talked", "Visit", today().plusDays(3)));
        reports.submit(curated.id(), new ReportDraft(order.date(), today(), "Work", "Results", "", ""));
        signIn("khudyakov", DIRECTOR);
        ControlRow after = control.control().stream().filter(r -> r.caseId() == curated.id()).findFirst()
                .orElseThrow();
        assertNull(after.contactDue());
        assertNull(after.reportDue());
        assertEquals(today(), after.lastReport());
        assertEquals(2, after.overdueRows());
    }

    @Test
    void aNextStepDueShowsAndClosedCasesDoNot() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        contacts.log(c.id(), new ContactDraft(today().minusDays(3), ContactParty.PUPIL, "", ContactForm.MEETING,
                "Talked", "Bring the diary", today().minusDays(1)));
        signIn("khudyakov", DIRECTOR);
        assertEquals(today().minusDays(1), control.control().get(0).contactDue());
        PatronageCase current = cases.get(c.id());
        cases.close(c.id(), current.version(), today(), "Improved");
        assertEquals(List.of(), control.control());
    }

    @Test
    void onlyTheReadersOfEveryCaseControl() {
        openCase();
        denied(PatronagePermissions.READ_ALL, () -> control.control());
        signIn("smirnova", CLASS_TEACHER);
        denied(PatronagePermissions.READ_ALL, () -> control.control());
    }
}
