package org.opora.teachersupport.impl.internal.route;

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
import org.opora.teachersupport.api.record.SupportDraft;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The teacher support's record, route (the plan of the support) and checkpoint dialogs fed bad values field by
 * field — empty, too long, markup, out of range, impossible — each refused on its field, nothing stored; several
 * bad fields refused together.
 */
class SupportFormsTest extends TeacherSupportTestSupport {

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "teacherId      | 4242        | teachersupport.error.staffUnknown",
        "decidedOn      | ''          | core.error.required",
        "decidedOn      | TOMORROW    | core.error.future",
        "decidedOn      | 1900-01-01  | core.error.date.range",
        "leadId         | 4242        | teachersupport.error.staffUnknown",
        "participantIds | 4242        | teachersupport.error.staffUnknown",
        "plannedForms   | ''          | core.error.required",
        "plannedForms   | <script>    | teachersupport.rule.unknownCode",
        "plannedNote    | LONG        | core.error.tooLong"})
    void aBadFieldOfTheRecordIsRefusedAndNoRecordIsOpened(String field, String value, String key) {
        asDeputy();
        SupportDraft d = new SupportDraft("teacherId".equals(field) ? Long.parseLong(value) : teacher.id(),
                "decidedOn".equals(field) ? day(value) : today(),
                "leadId".equals(field) ? Long.parseLong(value) : methodologist.id(),
                "participantIds".equals(field) ? List.of(Long.valueOf(value)) : List.of(psychologist.id()),
                !"plannedForms".equals(field) ? List.of("consultation") : value.isEmpty() ? List.of()
                        : List.of(value), "plannedNote".equals(field) ? text(value, 4000) : "");
        ValidationException e = refused(key, () -> records.open(d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("SUPPORT_RECORD"));
    }

    @Test
    void everyObjectionOfTheRecordComesAtOnce() {
        asDeputy();
        ValidationException e = assertThrows(ValidationException.class, () -> records.open(new SupportDraft(
                teacher.id(), LocalDate.parse("1900-01-01"), 4242, List.of(4343L), List.of(), "я".repeat(4001))));
        assertEquals(List.of("decidedOn", "leadId", "participantIds", "plannedForms", "plannedNote"), fields(e));
        assertEquals(0, UNIT.rows("SUPPORT_RECORD"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "focus | ''          | core.error.required",
        "place | ''          | core.error.required",
        "basis | ''          | core.error.required",
        "basis | LONG        | core.error.tooLong",
        "from  | ''          | core.error.required",
        "from  | 1900-01-01  | teachersupport.rule.beforeDecision",
        "from  | AFTER       | core.error.date.range",
        "to    | ''          | core.error.required",
        "to    | 1900-01-01  | teachersupport.rule.routeEnd",
        "to    | 2999-01-01  | core.error.date.range"})
    void aBadFieldOfTheRouteIsRefusedAndTheRecordHasNone(String field, String value, String key) {
        SupportRecord r = openRecord();
        asLead();
        RouteDraft d = new RouteDraft("focus".equals(field) ? null : RouteFocus.PRACTICAL,
                "place".equals(field) ? null : RoutePlace.INSIDE_SCHOOL,
                "basis".equals(field) ? text(value, 4000) : "Lesson design",
                "from".equals(field) ? day(value) : today(), "to".equals(field) ? day(value) : today().plusDays(60));
        ValidationException e = refused(key, () -> routes.saveRoute(r.id(), r.version(), d));
        assertEquals(field, e.field());
        assertEquals(true, routes.route(r.id()).isEmpty());
    }

    @Test
    void everyObjectionOfTheRouteComesAtOnceAndMarkupIsKeptAsText() {
        SupportRecord r = openRecord();
        asLead();
        ValidationException e = assertThrows(ValidationException.class, () -> routes.saveRoute(r.id(), r.version(),
                new RouteDraft(null, null, " ", LocalDate.parse("1900-01-01"), LocalDate.parse("2999-01-01"))));
        assertEquals(List.of("focus", "place", "basis", "from", "to"), fields(e));
        assertEquals(true, routes.route(r.id()).isEmpty());

        routes.saveRoute(r.id(), r.version(), new RouteDraft(RouteFocus.PRACTICAL, RoutePlace.INSIDE_SCHOOL,
                "<script>alert(1)</script>", today(), today().plusDays(60)));
        assertEquals("<script>alert(1)</script>", routes.route(r.id()).orElseThrow().basis());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "kind        | ''          | core.error.required",
        "kind        | <script>    | teachersupport.rule.unknownCode",
        "description | ''          | core.error.required",
        "description | LONG        | core.error.tooLong",
        "due         | ''          | core.error.required",
        "due         | 2999-01-01  | teachersupport.rule.dueOutsideRoute"})
    void aBadFieldOfTheCheckpointIsRefusedAndNoneIsStored(String field, String value, String key) {
        SupportRecord r = routedRecord();
        CheckpointDraft d = new CheckpointDraft("kind".equals(field) ? value : "open-lesson",
                "description".equals(field) ? text(value, 2000) : "Open lesson in 7B",
                "due".equals(field) ? day(value) : today());
        ValidationException e = refused(key, () -> routes.addCheckpoint(r.id(), d));
        assertEquals(field, e.field());
        assertEquals(0, UNIT.rows("CHECKPOINT"));
    }

    @Test
    void everyObjectionOfTheCheckpointComesAtOnce() {
        SupportRecord r = routedRecord();
        ValidationException e = assertThrows(ValidationException.class,
                () -> routes.addCheckpoint(r.id(), new CheckpointDraft("", " ", null)));
        assertEquals(List.of("kind", "description", "due"), fields(e));
        assertEquals(0, UNIT.rows("CHECKPOINT"));
    }

    private static List<String> fields(ValidationException e) {
        return e instanceof ValidationErrors all ? all.errors().stream().map(ValidationException::field).toList()
                : List.of(e.field());
    }
}
