package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;

/**
 * The plan-row dialog of a programme fed bad values column by column — empty, too long, markup, out of range,
 * impossible — each refused on its field, no row stored or changed; several bad columns refused together.
 */
class PlanRowFormTest extends ProgrammeTestSupport {

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "BEFORE" -> FieldChecks.firstSchoolDay(today()).minusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "activity      | ''         | core.error.required",
        "activity      | LONG       | core.error.tooLong",
        "form          | LONG       | core.error.tooLong",
        "target        | ''         | core.error.required",
        "target        | <script>   | programmes.error.notInList",
        "direction     | astrology  | programmes.error.notInList",
        "participants  | LONG       | core.error.tooLong",
        "from          | ''         | core.error.required",
        "from          | 1900-01-01 | core.error.date.schoolYears",
        "from          | BEFORE     | core.error.date.schoolYears",
        "from          | AFTER      | core.error.date.schoolYears",
        "to            | 2999-01-01 | core.error.date.range",
        "plannedResult | LONG       | core.error.tooLong",
        "workDirection | <b>x</b>   | core.error.direction.unknown",
        "responsibleId | 4242       | programmes.error.staffUnknown"})
    void aBadColumnOfThePlanRowIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        Programme p = written();
        long task = p.tasks().get(0).id();
        PlanRow kept = plan.plan(p.id()).get(0);
        LocalDate day = today().plusDays(7);
        PlanRowDraft d = new PlanRowDraft("activity".equals(field) ? text(value, 2000) : "Consultation",
                "form".equals(field) ? text(value, 500) : "individual talk", task,
                "target".equals(field) ? value : "pupil", "participants".equals(field) ? text(value, 2000) : "pupil",
                "responsibleId".equals(field) ? Long.valueOf(value) : specialist.id(),
                "from".equals(field) ? day(value) : day, "to".equals(field) ? day(value) : day,
                "plannedResult".equals(field) ? text(value, 4000) : "Lower anxiety",
                "direction".equals(field) ? value : "psychological", "workDirection".equals(field) ? value : "");
        long rows = UNIT.rows("PLAN_ROW");

        ValidationException e = refused(key, () -> plan.addRow(p.id(), d));
        assertEquals(field, e.field());
        assertEquals(field, refused(key, () -> plan.updateRow(kept.id(), kept.version(), d)).field());

        assertEquals(rows, UNIT.rows("PLAN_ROW"));
        assertEquals(kept, plan.plan(p.id()).get(0));
    }

    @Test
    void markupInARowIsKeptAsText() {
        Programme p = written();
        PlanRowDraft d = row(p.tasks().get(0).id(), "<script>alert(1)</script>");
        PlanRow added = plan.addRow(p.id(), d);
        assertEquals("<script>alert(1)</script>", plan.plan(p.id()).get(added.position() - 1).activity());
    }

    @Test
    void everyObjectionOfThePlanRowComesAtOnce() {
        Programme p = written();
        long task = p.tasks().get(0).id();
        long rows = UNIT.rows("PLAN_ROW");
        PlanRowDraft bad = new PlanRowDraft(" ", "", task, "aliens", "я".repeat(2001), 4242L,
                LocalDate.parse("1900-01-01"), LocalDate.parse("2999-01-01"), "", "astrology", "");

        ValidationException e = assertThrows(ValidationException.class, () -> plan.addRow(p.id(), bad));

        assertEquals(List.of("activity", "target", "direction", "participants", "from", "to", "responsibleId"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(rows, UNIT.rows("PLAN_ROW"));
    }
}
