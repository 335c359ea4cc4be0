package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammesPermissions.DRAFT;
import static org.opora.programmes.api.ProgrammesPermissions.READ_ALL;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;

/**
 * The plan of activities and the curator's observations: rows numbered in their order through adding, moving and
 * removing, the columns checked against the programme and the lists, rows marked done by whom they belong to, and
 * who may read and write all of it.
 */
class SupportPlanServiceImplTest extends ProgrammeTestSupport {

    @Test
    void rowsAreNumberedInTheirOrderThroughAddingMovingAndRemoving() {
        Programme p = written();
        long task = p.tasks().get(0).id();
        PlanRow second = plan.addRow(p.id(), row(task, "Class hour"));
        audited("volkova", AuditAction.CREATE, ROW, second.id());
        assertEquals("programme " + p.id(), audit.last().summary());
        PlanRow third = plan.addRow(p.id(), row(task, "Training"));
        assertEquals(List.of("Consultation", "Class hour", "Training"), activities(plan.plan(p.id())));

        List<PlanRow> moved = plan.moveRow(third.id(), 1);
        assertEquals(List.of("Training", "Consultation", "Class hour"), activities(moved));
        assertEquals(List.of(1, 2, 3), moved.stream().map(PlanRow::position).toList());
        audited("volkova", AuditAction.UPDATE, ROW, third.id());
        assertEquals("position 1", audit.last().summary());
        assertEquals(moved, plan.plan(p.id()));

        plan.removeRow(moved.get(1).id());
        audited("volkova", AuditAction.DELETE, ROW, moved.get(1).id());
        PlanRow fourth = plan.addRow(p.id(), row(task, "Game"));
        List<PlanRow> rows = plan.plan(p.id());
        assertEquals(List.of("Training", "Class hour", "Game"), activities(rows));
        assertEquals(List.of(1, 2, 3), rows.stream().map(PlanRow::position).toList());
        assertEquals(3, fourth.position());
        // she has read the programme a moment ago (written() ends with a read): her reads within the minute are one
        audited("volkova", AuditAction.CREATE, ROW, fourth.id());

        refused("programmes.error.position", () -> plan.moveRow(third.id(), 4));
        refused("programmes.error.position", () -> plan.moveRow(third.id(), 0));
    }

    private static List<String> activities(List<PlanRow> rows) {
        return rows.stream().map(PlanRow::activity).toList();
    }

    @Test
    void aRowServesATaskOfItsProgrammeWithinItsPeriodWithCodesFromTheLists() {
        Programme p = written();
        Programme other = programmes.create(draft("Another task"));
        long task = p.tasks().get(0).id();
        audit.clear();
        refused("programmes.error.taskRequired", () -> plan.addRow(p.id(), row(other.tasks().get(0).id(), "X")));
        refused("programmes.rule.activity.outside", () -> plan.addRow(p.id(), rowOn(task, today().minusDays(1),
                today().plusDays(1))));
        refused("programmes.rule.activity.outside", () -> plan.addRow(p.id(), rowOn(task, p.end(),
                p.end().plusDays(1))));
        refused("programmes.rule.activity.toBeforeFrom", () -> plan.addRow(p.id(), rowOn(task,
                today().plusDays(5), today().plusDays(4))));
        PlanRowDraft d = row(task, "Consultation");
        refused("programmes.error.notInList", () -> plan.addRow(p.id(), new PlanRowDraft(d.activity(), d.form(),
                task, "neighbours", d.participants(), d.responsibleId(), d.from(), d.to(), d.plannedResult(), "")));
        refused("programmes.error.staffUnknown", () -> plan.addRow(p.id(), new PlanRowDraft(d.activity(), d.form(),
                task, d.target(), d.participants(), core.addFormerStaff("Sidorova").id(), d.from(), d.to(),
                d.plannedResult(), "")));
        refused("core.error.required", () -> plan.addRow(p.id(), new PlanRowDraft(" ", d.form(), task, d.target(),
                d.participants(), d.responsibleId(), d.from(), d.to(), d.plannedResult(), "")));
        assertEquals(1, UNIT.rows("PLAN_ROW"));

        PlanRow single = plan.addRow(p.id(), rowOn(task, today().plusDays(3), null));
        assertEquals(single.from(), single.to(), "a single date is a period of one day");
    }

    @Test
    void aRowCarriesADirectionOfWorkChosenOrDerivedAndAnUnknownOneIsRefused() {
        Programme p = written();
        long task = p.tasks().get(0).id();
        PlanRowDraft d = rowOn(task, today().plusDays(2), null);
        PlanRow chosen = plan.addRow(p.id(), new PlanRowDraft(d.activity(), d.form(), task, d.target(),
                d.participants(), d.responsibleId(), d.from(), d.to(), d.plannedResult(), "", "diagnostics"));
        assertEquals("diagnostics", chosen.workDirection());
        assertEquals("correction", plan.addRow(p.id(), d).workDirection(), "a psychologist's row with the pupil");
        PlanRow parents = plan.addRow(p.id(), new PlanRowDraft("Talk", "", task, "parents", "", specialist.id(),
                d.from(), d.to(), "", ""));
        assertEquals("counselling", parents.workDirection());
        long rows = UNIT.rows("PLAN_ROW");
        refused("core.error.direction.unknown", () -> plan.addRow(p.id(), new PlanRowDraft(d.activity(), d.form(),
                task, d.target(), d.participants(), d.responsibleId(), d.from(), d.to(), d.plannedResult(), "",
                "astrology")));
        refused("core.error.direction.unknown", () -> plan.updateRow(chosen.id(), chosen.version(),
                new PlanRowDraft(d.activity(), d.form(), task, d.target(), d.participants(), d.responsibleId(),
                        d.from(), d.to(), d.plannedResult(), "", "astrology")));
        assertEquals(rows, UNIT.rows("PLAN_ROW"), "nothing stored");
        assertEquals("diagnostics", plan.plan(p.id()).stream().filter(r -> r.id() == chosen.id()).findFirst()
                .orElseThrow().workDirection(), "the refused change left the row as it was");
    }

    private PlanRowDraft rowOn(long taskId, LocalDate from, LocalDate to) {
        return new PlanRowDraft("Game", "group", taskId, "pupil", "", specialist.id(), from, to, "", "");
    }

    @Test
    void aRowIsSavedFromTheVersionSeenAndOnlyBeforeApproval() {
        Programme p = written();
        PlanRow r = onlyRow(p);
        PlanRow saved = plan.updateRow(r.id(), r.version(), row(r.taskId(), "Consultation of the parents"));
        assertNotEquals(r.version(), saved.version());
        audited("volkova", AuditAction.UPDATE, ROW, r.id());
        conflict(() -> plan.updateRow(r.id(), r.version(), row(r.taskId(), "Consultation")));
        assertEquals("Consultation of the parents", onlyRow(p).activity());

        Programme approved = approved();
        PlanRow row = onlyRow(approved);
        refused("programmes.error.notEditable", () -> plan.addRow(approved.id(), row(row.taskId(), "Late idea")));
        refused("programmes.error.notEditable", () -> plan.updateRow(row.id(), row.version(),
                row(row.taskId(), "Late idea")));
        refused("programmes.error.notEditable", () -> plan.moveRow(row.id(), 1));
        refused("programmes.error.notEditable", () -> plan.removeRow(row.id()));
    }

    @Test
    void thePlanIsWrittenByTheProgrammesKeepersAndReadByThoseTheProgrammeConcerns() {
        Programme p = written();
        PlanRow r = onlyRow(p);
        asSpecialist();
        assertEquals(List.of(r), plan.plan(p.id()), "the specialist responsible for a row reads the plan");
        denied(DRAFT, () -> plan.addRow(p.id(), row(r.taskId(), "Own idea")));
        denied(DRAFT, () -> plan.updateRow(r.id(), r.version(), row(r.taskId(), "Own idea")));
        denied(DRAFT, () -> plan.moveRow(r.id(), 1));
        denied(DRAFT, () -> plan.removeRow(r.id()));
        asClassTeacher();
        denied(READ_ALL, () -> plan.plan(p.id()));
        asStranger();
        denied(READ_ALL, () -> plan.plan(p.id()));
        denied(DRAFT, () -> plan.removeRow(r.id()));
        assertEquals(1, UNIT.rows("PLAN_ROW"));
    }

    @Test
    void theResponsibleSpecialistOrTheCuratorMarksARowDoneWhileSupportIsCarriedOut() {
        LocalDate start = today().minusMonths(1);
        Programme p = runningSince(start, start.plusDays(1), start.plusDays(7));
        PlanRow r = onlyRow(p);
        asStranger();
        denied(DRAFT, () -> plan.markDone(r.id(), r.version(), today(), "Done", ""));
        asSpecialist();
        refused("core.error.future", () -> plan.markDone(r.id(), r.version(), today().plusDays(1), "Done", ""));
        refused("core.error.required", () -> plan.markDone(r.id(), r.version(), today(), " ", ""));
        refused("programmes.error.beforeEarlierStep", () -> plan.markDone(r.id(), r.version(), start, "Done", ""));

        PlanRow done = plan.markDone(r.id(), r.version(), start.plusDays(7), "Anxiety lower", "Go on");
        assertTrue(done.done());
        assertEquals(List.of(start.plusDays(7), specialist.name().full(), "Anxiety lower", "Go on"),
                List.of(done.doneOn(), done.doneBy(), done.actualResult(), done.recommendations()));
        audited("belov", AuditAction.UPDATE, ROW, r.id());
        assertEquals("done", audit.last().summary());
        conflict(() -> plan.markDone(r.id(), r.version(), today(), "Again", ""));
        asCurator();
        assertEquals("Better", plan.markDone(r.id(), done.version(), today(), "Better", "").actualResult());
    }

    @Test
    void aRowIsNotMarkedDoneBeforeSupportStarts() {
        Programme p = approved();
        PlanRow r = onlyRow(p);
        refused("programmes.error.notInProgress", () -> plan.markDone(r.id(), r.version(), today(), "Done", ""));
        assertFalse(onlyRow(p).done());
    }

    @Test
    void theCuratorRecordsObservationsThatWhoeverReadsTheProgrammeReads() {
        Programme p = started();
        refused("core.error.required", () -> plan.observe(p.id(), today(), " "));
        refused("core.error.future", () -> plan.observe(p.id(), today().plusDays(1), "Calmer"));
        Observation later = plan.observe(p.id(), today(), "Calmer at lessons");
        audited("volkova", AuditAction.CREATE, OBSERVATION, later.id());
        Observation earlier = plan.observe(p.id(), today().minusDays(3), "Anxious");

        asSpecialist();
        assertEquals(List.of(earlier, later), plan.observations(p.id()), "oldest first");
        audited("belov", AuditAction.READ, PROGRAMME, p.id());
        denied(DRAFT, () -> plan.observe(p.id(), today(), "My own note"));
        asClassTeacher();
        denied(READ_ALL, () -> plan.observations(p.id()));
        assertEquals(List.of(curator.name().full()), List.of(later.byName()));
    }

    /** An observation's date: empty, the day before the pupil's birth, 01.01.1900, tomorrow, 01.01.2999. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "beforeBirth", "1900-01-01", "tomorrow", "2999-01-01"})
    void anObservationDateLiesBetweenThePupilsBirthAndToday(String day) {
        Programme p = started();
        LocalDate on = switch (day) {
            case "" -> null;
            case "beforeBirth" -> p.birthDate().minusDays(1);
            case "tomorrow" -> today().plusDays(1);
            default -> LocalDate.parse(day);
        };
        String key = on == null ? "core.error.required" : on.isAfter(today()) ? "core.error.future"
                : on.isBefore(FieldChecks.earliest(today())) ? "core.error.date.range" : "core.error.date.sinceBirth";
        ValidationException e = refused(key, () -> plan.observe(p.id(), on, "Calmer"));
        assertEquals("date", e.field());
        assertEquals(0, UNIT.rows("OBSERVATION"));
    }

    /** A plan row's first day: empty, 01.01.1900, 01.01.2999, outside the academic years around today. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "1900-01-01", "2999-01-01", "2020-01-15"})
    void aPlanRowOutsideTheSchoolYearsIsRefused(String day) {
        Programme p = written();
        long task = p.tasks().get(0).id();
        LocalDate from = day.isEmpty() ? null : LocalDate.parse(day);
        long rows = UNIT.rows("PLAN_ROW");
        ValidationException e = refused(from == null ? "core.error.required" : "core.error.date.schoolYears",
                () -> plan.addRow(p.id(), rowOn(task, from, null)));
        assertEquals("from", e.field());
        refused("core.error.date.range", () -> plan.addRow(p.id(), rowOn(task, today(), LocalDate.of(2999, 1, 1))));
        assertEquals(rows, UNIT.rows("PLAN_ROW"));
    }

    @Test
    void aFinishedRevisionTakesNoMoreObservations() {
        Programme p = inReview();
        Programme closed = lifecycle.close(p.id(), p.version(), protocol("12"), "Reached");
        refused("programmes.error.finished", () -> plan.observe(closed.id(), today(), "After the end"));
        assertEquals(0, UNIT.rows("OBSERVATION"));
    }
}
