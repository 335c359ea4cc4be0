package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;

/**
 * The meeting form and the protocol's outcome form fed bad values field by field: each refused on its field with its
 * message, nothing stored; several bad fields are refused together.
 */
class MeetingFormTest extends MeetingTestSupport {

    private static final String LONG = "LONG";

    /** The value of a table's cell: empty, a long text, a day, or as written. */
    private static String text(String value, int max) {
        return LONG.equals(value) ? "я".repeat(max + 1) : value;
    }

    private static LocalDate day(String value) {
        LocalDate today = LocalDate.now();
        return switch (value) {
            case "" -> null;
            case "TODAY" -> today;
            case "BEFORE" -> FieldChecks.firstSchoolDay(today).minusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    /** Each field of the meeting form fed a bad value: refused on that field, no meeting stored, nothing journaled. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "kind        | ''          | core.error.required",
        "monitoring  | ''          | core.error.required",
        "monitoring  | <script>    | consilium.error.notInList",
        "monitoring  | LONG        | core.error.tooLong",
        "date        | ''          | core.error.required",
        "date        | 1900-01-01  | core.error.date.schoolYears",
        "date        | 2999-01-01  | core.error.date.schoolYears",
        "date        | BEFORE      | core.error.date.schoolYears",
        "date        | AFTER       | core.error.date.schoolYears",
        "time        | 25:99       | consilium.error.time",
        "time        | <b>1</b>    | core.error.tooLong",
        "time        | 9.30        | consilium.error.time",
        "place       | ''          | core.error.required",
        "place       | LONG        | core.error.tooLong",
        "chairId     | 4242        | consilium.error.staffUnknown",
        "secretaryId | 4242        | consilium.error.staffUnknown"})
    void aBadFieldOfTheMeetingFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        asChair();
        MeetingKind kind = !"kind".equals(field) ? "monitoring".equals(field) ? MeetingKind.PLANNED
                : MeetingKind.UNPLANNED : null;
        MeetingDraft d = new MeetingDraft(kind, "monitoring".equals(field) ? text(value, 40) : "",
                "date".equals(field) ? day(value) : yesterday(), "time".equals(field) ? value : "14:00",
                "place".equals(field) ? text(value, 300) : "Room 12",
                "chairId".equals(field) ? Long.valueOf(value) : null,
                "secretaryId".equals(field) ? Long.valueOf(value) : null);

        ValidationException e = refused(key, () -> meetings.create(d));

        assertEquals(field, e.field());
        if ("core.error.date.schoolYears".equals(key)) {
            // the allowed range is named; the day never reaches the academic year's own limits
            assertEquals(List.of(FieldChecks.day(FieldChecks.firstSchoolDay(LocalDate.now())),
                    FieldChecks.day(FieldChecks.lastSchoolDay(LocalDate.now()))), List.of(e.params()));
        }
        assertEquals(key, assertThrows(ValidationException.class, () -> meetings.check(d)).messageKey(),
                "the form's check without writing says the same");
        assertEquals(0, UNIT.rows("MEETING"));
        assertEquals(0, UNIT.rows("PARTICIPANT"));
    }

    @Test
    void markupInThePlaceIsKeptAsText() {
        asChair();
        Meeting m = meetings.create(draft("", "<script>alert(1)</script>"));
        assertEquals("<script>alert(1)</script>", meetings.get(m.id()).place());
    }

    @Test
    void everyObjectionOfTheMeetingFormComesAtOnceAndAChangeIsRefusedTheSame() {
        asChair();
        MeetingDraft bad = new MeetingDraft(MeetingKind.PLANNED, "horoscopes", LocalDate.parse("1900-01-01"),
                "25:99", " ", 4242L, null);

        ValidationException e = assertThrows(ValidationException.class, () -> meetings.create(bad));

        assertEquals(List.of("monitoring", "date", "time", "place", "chairId"), fields(e));
        assertEquals(List.of("consilium.error.notInList", "core.error.date.schoolYears", "consilium.error.time",
                "core.error.required", "consilium.error.staffUnknown"), keys(e));
        assertEquals(fields(e), fields(assertThrows(ValidationException.class, () -> meetings.check(bad))));
        assertEquals(0, UNIT.rows("MEETING"));

        Meeting m = meeting();
        assertEquals(fields(e), fields(assertThrows(ValidationException.class,
                () -> meetings.update(m.id(), m.version(), bad))));
        assertEquals(yesterday(), meetings.get(m.id()).date());
        assertEquals("Room 12", meetings.get(m.id()).place());
    }

    /** Each field of a pupil's outcome in the protocol fed a bad value: refused on that field, the item unchanged. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "problems               | LONG       | core.error.tooLong",
        "goal                   | LONG       | core.error.tooLong",
        "tasks                  | LONG       | core.error.tooLong",
        "resources              | LONG       | core.error.tooLong",
        "decisions              | <script>   | consilium.error.notInList",
        "decisionText           | LONG       | core.error.tooLong",
        "teacherRecommendations | LONG       | core.error.tooLong",
        "parentRecommendations  | LONG       | core.error.tooLong",
        "externalReferral       | LONG       | core.error.tooLong",
        "curatorId              | 4242       | consilium.error.staffUnknown",
        "reviewBy               | MEETING    | consilium.error.reviewBy",
        "reviewBy               | 1900-01-01 | consilium.error.reviewBy",
        "reviewBy               | 2999-01-01 | core.error.date.range"})
    void aBadFieldOfTheOutcomeIsRefusedAndTheItemIsUnchanged(String field, String value, String key) {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        int max = org.opora.consilium.impl.internal.support.Checks.LONG_TEXT;
        java.util.function.Function<String, String> f = name -> field.equals(name) ? text(value, max) : "";
        Outcome o = new Outcome(f.apply("problems"), f.apply("goal"), f.apply("tasks"), f.apply("resources"),
                "decisions".equals(field) ? List.of(value) : List.of("recommendations"), f.apply("decisionText"),
                f.apply("teacherRecommendations"), f.apply("parentRecommendations"), f.apply("externalReferral"),
                "curatorId".equals(field) ? Long.valueOf(value) : null,
                !"reviewBy".equals(field) ? null : "MEETING".equals(value) ? m.date() : LocalDate.parse(value));

        ValidationException e = refused(key, () -> agenda.recordOutcome(added.id(), added.version(), o));

        assertEquals(field, e.field());
        assertEquals(List.of(), agenda.item(added.id()).outcome().decisions());
        assertEquals(added.version(), agenda.item(added.id()).version());
    }

    @Test
    void everyObjectionOfTheOutcomeComesAtOnce() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        Outcome o = new Outcome("я".repeat(8001), "", "", "", List.of("exorcism"), "", "", "", "", 4242L,
                m.date());

        ValidationException e = assertThrows(ValidationException.class,
                () -> agenda.recordOutcome(added.id(), added.version(), o));

        assertEquals(List.of("problems", "decisions", "curatorId", "reviewBy"), fields(e));
        assertEquals(List.of(FieldChecks.day(m.date())), List.of(((ValidationErrors) e).errors().get(3).params()));
        assertEquals(List.of(), agenda.item(added.id()).outcome().decisions());
    }

    private static List<String> fields(ValidationException e) {
        return e instanceof ValidationErrors all ? all.errors().stream().map(ValidationException::field).toList()
                : List.of(e.field());
    }

    private static List<String> keys(ValidationException e) {
        return e instanceof ValidationErrors all ? all.errors().stream().map(ValidationException::messageKey).toList()
                : List.of(e.messageKey());
    }
}
