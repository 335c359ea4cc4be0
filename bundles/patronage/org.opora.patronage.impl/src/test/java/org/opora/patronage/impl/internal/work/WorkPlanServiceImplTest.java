package org.opora.patronage.impl.internal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.OverdueWork;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class WorkPlanServiceImplTest extends PatronageServiceTestSupport {

    private WorkItemDraft row(String activity, LocalDate from, LocalDate to, long responsible) {
        return new WorkItemDraft(activity, "Individual talk", from, to, responsible, HelpKind.PSYCHOLOGICAL_PEDAGOGICAL,
                "Calmer at lessons");
    }

    @Test
    void theCuratorPlansActivitiesInOrder() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem first = plan.add(c.id(), row("Diagnostics", today(), today().plusDays(7), psychologist.id()));
        WorkItem second = plan.add(c.id(), row("Training", today(), null, teacher.id()));
        assertEquals(1, first.position());
        assertEquals(2, second.position());
        assertEquals(today(), second.to(), "a row of one day ends on it");
        assertEquals(teacher.name().full(), second.responsible());
        audited("belova", AuditAction.CREATE, WorkPlanServiceImpl.RECORD, second.id());
        assertEquals(List.of("Diagnostics", "Training"), plan.plan(c.id()).stream().map(WorkItem::activity).toList());
        audited("belova", AuditAction.READ, "patronage.case", c.id());
    }

    @Test
    void theRowIsChecked() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        refused("core.error.required", () -> plan.add(c.id(), row(" ", today(), null, teacher.id())));
        refused("patronage.rule.beforeOpening",
                () -> plan.add(c.id(), row("Talk", c.openedOn().minusDays(1), null, teacher.id())));
        refused("patronage.rule.periodReversed",
                () -> plan.add(c.id(), row("Talk", today(), today().minusDays(1), teacher.id())));
        refused("patronage.error.staffUnknown", () -> plan.add(c.id(), row("Talk", today(), null, 4242)));
        refused("core.error.required", () -> plan.add(c.id(), new WorkItemDraft("Talk", "Talk", today(), null,
                teacher.id(), null, "Result")));
        assertEquals(0, UNIT.rows("WORK_ITEM"));
    }

    @Test
    void aRowPastItsPeriodIsOverdueForTheResponsibleAndTheCurator() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem late = plan.add(c.id(), row("Home visit", today().minusDays(6), today().minusDays(1), teacher.id()));
        plan.add(c.id(), row("Talk", today(), null, teacher.id()));
        assertTrue(plan.plan(c.id()).get(0).overdue());
        assertFalse(plan.plan(c.id()).get(1).overdue(), "due today is not overdue");
        assertEquals(List.of(late.id()), ids(plan.overdueFor("smirnova")));
        assertEquals(List.of(late.id()), ids(plan.overdueFor("belova")));
        assertEquals("Ivanov Ivan", plan.overdueFor("belova").get(0).pupil());
        assertEquals(List.of(), plan.overdueFor("orlova"));
        assertEquals(List.of(), plan.overdueFor("no-staff-account"));
    }

    @Test
    void theResponsibleMarksTheRowDoneWithTheResult() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem w = plan.add(c.id(), row("Home visit", today().minusDays(6), today().minusDays(1), teacher.id()));
        signIn("smirnova", CLASS_TEACHER);
        refused("core.error.required", () -> plan.markDone(w.id(), w.version(), today(), " "));
        refused("core.error.future", () -> plan.markDone(w.id(), w.version(), today().plusDays(1), "Visited"));
        WorkItem done = plan.markDone(w.id(), w.version(), today(), "Visited, the family cooperates");
        assertEquals(today(), done.doneOn());
        assertFalse(done.overdue());
        audited("smirnova", AuditAction.UPDATE, WorkPlanServiceImpl.RECORD, w.id());
        assertEquals(List.of(), plan.overdueFor("smirnova"));
        signIn("belova", SPECIALIST);
        refused("patronage.error.rowDone", () -> plan.update(w.id(), done.version(), row("x", today(), null,
                teacher.id())));
        refused("patronage.error.rowDone", () -> plan.remove(w.id(), done.version()));
    }

    @Test
    void somebodyOutsideTheCaseNeitherPlansNorMarksDone() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem w = plan.add(c.id(), row("Talk", today(), null, psychologist.id()));
        core.addStaff("Volkova", "volkova", "subject-teacher");
        signIn("volkova", CLASS_TEACHER);
        refusedAndJournaled("volkova", c.id(), () -> plan.add(c.id(), row("Talk", today(), null, teacher.id())));
        refusedAndJournaled("volkova", c.id(), () -> plan.markDone(w.id(), w.version(), today(), "Done"));
        refusedAndJournaled("volkova", c.id(), () -> plan.plan(c.id()));
        signIn("nobody");
        denied(PatronagePermissions.WORK, () -> plan.add(c.id(), row("Talk", today(), null, teacher.id())));
    }

    @Test
    void aRowIsCorrectedFromTheCurrentCopyAndRemovalRenumbers() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem a = plan.add(c.id(), row("A", today(), null, teacher.id()));
        WorkItem b = plan.add(c.id(), row("B", today(), null, teacher.id()));
        WorkItem b2 = plan.update(b.id(), b.version(), row("B2", today(), today().plusDays(3), teacher.id()));
        assertEquals("B2", b2.activity());
        assertThrows(ConflictException.class, () -> plan.update(b.id(), b.version(), row("B3", today(), null,
                teacher.id())));
        plan.remove(a.id(), a.version());
        audited("belova", AuditAction.DELETE, WorkPlanServiceImpl.RECORD, a.id());
        List<WorkItem> left = plan.plan(c.id());
        assertEquals(1, left.size());
        assertEquals(1, left.get(0).position());
    }

    @Test
    void aClosedCaseKeepsItsPlan() {
        PatronageCase c = curatedCase();
        signIn("belova", SPECIALIST);
        WorkItem w = plan.add(c.id(), row("A", today(), null, teacher.id()));
        asCoordinator();
        cases.close(c.id(), cases.get(c.id()).version(), today(), "Done");
        refused("patronage.error.closed", () -> plan.add(c.id(), row("B", today(), null, teacher.id())));
        refused("patronage.error.closed", () -> plan.markDone(w.id(), w.version(), today(), "Done"));
        assertEquals(1, plan.plan(c.id()).size());
    }

    private static List<Long> ids(List<OverdueWork> found) {
        return found.stream().map(o -> o.item().id()).toList();
    }
}
