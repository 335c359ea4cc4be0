package org.opora.patronage.impl.internal.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.patronage.api.work.HelpKind;
import org.opora.patronage.api.work.WorkItem;
import org.opora.patronage.api.work.WorkItemDraft;
import org.opora.patronage.api.year.CategoryFigures;
import org.opora.patronage.api.year.Schedule;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.api.year.YearSummary;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class YearServiceImplTest extends PatronageServiceTestSupport {

    private static int thisYear() {
        return AcademicYear.containing(today()).startYear();
    }

    @Test
    void theCoordinatorDrawsUpTheScheduleAndTheDirectorApprovesIt() {
        asCoordinator();
        ScheduleEntry first = years.addEntry(thisYear(), "September", "Curators fixed by order", "Director");
        ScheduleEntry second = years.addEntry(thisYear(), "Every quarter", "Administrative meeting on the patronage",
                "Director");
        audited("orlova", AuditAction.CREATE, YearServiceImpl.ENTRY, second.id());
        ScheduleEntry fixed = years.updateEntry(first.id(), first.version(), "September", "Curators fixed",
                "Director");
        conflict(() -> years.updateEntry(first.id(), first.version(), "x", "y", "z"));
        refused("core.error.required", () -> years.addEntry(thisYear(), " ", "Talk", "Curator"));
        assertEquals(List.of("Curators fixed", "Administrative meeting on the patronage"),
                years.schedule(thisYear()).entries().stream().map(ScheduleEntry::activity).toList());

        denied(PatronagePermissions.APPOINT, () -> years.approve(thisYear(), 0, today()));
        signIn("khudyakov", DIRECTOR);
        Schedule approved = years.approve(thisYear(), 0, today());
        assertTrue(approved.approved());
        assertEquals(director.name().full(), approved.approvedBy());
        refused("patronage.error.scheduleApproved", () -> years.approve(thisYear(), approved.version(), today()));
        asCoordinator();
        refused("patronage.error.scheduleApproved",
                () -> years.updateEntry(fixed.id(), fixed.version(), "x", "y", "z"));
        refused("patronage.error.scheduleApproved", () -> years.addEntry(thisYear(), "May", "Summary", "Coordinator"));
    }

    @Test
    void anEntryIsRemovedFromTheCurrentCopyUntilTheScheduleIsApproved() {
        asCoordinator();
        ScheduleEntry first = years.addEntry(thisYear(), "September", "Curators fixed by order", "Director");
        ScheduleEntry second = years.addEntry(thisYear(), "May", "Summary of the year", "Coordinator");
        ScheduleEntry changed = years.updateEntry(first.id(), first.version(), "September", "Curators fixed",
                "Director");

        conflict(() -> years.removeEntry(first.id(), first.version()));
        signIn("belova", SPECIALIST);
        denied(PatronagePermissions.COORDINATE, () -> years.removeEntry(changed.id(), changed.version()));
        asCoordinator();
        years.removeEntry(changed.id(), changed.version());
        audited("orlova", AuditAction.DELETE, YearServiceImpl.ENTRY, changed.id());
        assertEquals(List.of("Summary of the year"),
                years.schedule(thisYear()).entries().stream().map(ScheduleEntry::activity).toList());

        signIn("khudyakov", DIRECTOR);
        years.approve(thisYear(), 0, today());
        asCoordinator();
        refused("patronage.error.scheduleApproved", () -> years.removeEntry(second.id(), second.version()));
        assertEquals(1, years.schedule(thisYear()).entries().size());
    }

    @Test
    void anEmptyScheduleIsNotApprovedAndOnlyTheCoordinatorWritesIt() {
        signIn("khudyakov", DIRECTOR);
        refused("patronage.rule.scheduleEmpty", () -> years.approve(thisYear(), 0, today()));
        signIn("belova", SPECIALIST);
        denied(PatronagePermissions.COORDINATE, () -> years.addEntry(thisYear(), "May", "x", "y"));
        refused("patronage.error.year", () -> years.schedule(12));
    }

    @Test
    void theSummaryCountsTheYearsCasesPerCategory() {
        PatronageCase c = curatedCase();
        Pupil other = core.addPupil("Petrov", teacher.id(), false);
        asCoordinator();
        PatronageCase closed = cases.open(new CaseDraft(other.id(), "failing", "Marks", today().minusDays(5)));
        cases.close(closed.id(), closed.version(), today(), "Marks restored");
        signIn("belova", SPECIALIST);
        WorkItem w = plan.add(c.id(), new WorkItemDraft("Talk", "Talk", today().minusDays(4), today().minusDays(2),
                psychologist.id(), HelpKind.PSYCHOLOGICAL_PEDAGOGICAL, "Calm"));
        plan.add(c.id(), new WorkItemDraft("Visit", "Visit", today().minusDays(4), today().minusDays(1),
                psychologist.id(), HelpKind.SOCIAL, "Known"));
        plan.markDone(w.id(), w.version(), today(), "Calmer");
        contacts.log(c.id(), new ContactDraft(today(), ContactParty.PUPIL, "", ContactForm.MEETING, "Talk", "",
                null));

        asCoordinator();
        YearSummary s = years.summary(thisYear());
        CategoryFigures deviant = new CategoryFigures("deviant", 1, 0, 1, 1, 1, 1);
        CategoryFigures failing = new CategoryFigures("failing", 1, 1, 0, 0, 0, 0);
        if (c.openedOn().isBefore(AcademicYear.containing(today()).firstDay())) {
            deviant = new CategoryFigures("deviant", 0, 0, 1, 1, 1, 1);
        }
        assertEquals(List.of(deviant, failing), s.categories());
        YearSummary written = years.writeEffectivePractice(thisYear(), s.version(), "Weekly talks with the family");
        assertEquals("Weekly talks with the family", written.effectivePractice());
        conflict(() -> years.writeEffectivePractice(thisYear(), s.version(), "Again"));
        signIn("smirnova", CLASS_TEACHER);
        denied(PatronagePermissions.READ_ALL, () -> years.summary(thisYear()));
        signIn("khudyakov", DIRECTOR);
        assertEquals(2, years.summary(thisYear()).categories().size());
    }
}
