package org.opora.patronage.impl.internal.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.AssignmentDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The micro-team's dialog, the request to a specialist and its outcome fed bad values field by field — empty, too long, markup,
 * out of range, impossible, 01.01.1900 among them — each refused on its field, nothing stored; every objection at
 * once.
 */
class TeamFormsTest extends PatronageServiceTestSupport {

    private static final LocalDate REQUESTED = today().minusDays(5);

    private PatronageCase c;

    @BeforeEach
    void curated() {
        c = curatedCase();
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            case "BEFORE_OPENING" -> c.openedOn().minusDays(1);
            case "BEFORE_REQUEST" -> REQUESTED.minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "staffId | 4242           | patronage.error.staffUnknown",
        "role    | LONG           | core.error.tooLong",
        "from    | ''             | core.error.required",
        "from    | 1900-01-01     | core.error.date.range",
        "from    | AFTER          | core.error.date.range",
        "from    | BEFORE_OPENING | patronage.rule.beforeOpening"})
    void aBadFieldOfTheMicroTeamIsRefusedOnItsFieldAndNobodyIsAdded(String field, String value, String key) {
        signIn("belova", SPECIALIST);
        long members = UNIT.rows("TEAM_MEMBER");
        long staffId = "staffId".equals(field) ? Long.parseLong(value) : teacher.id();

        assertEquals(field, refused(key, () -> team.addMember(c.id(), staffId,
                "role".equals(field) ? text(value, TeamServiceImpl.ROLE) : "<b>Class teacher</b>",
                "from".equals(field) ? day(value) : today())).field());

        assertEquals(members, UNIT.rows("TEAM_MEMBER"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "specialistType | ''             | core.error.required",
        "specialistType | <script>       | patronage.rule.specialistType",
        "staffId        | 4242           | patronage.error.staffUnknown",
        "external       | ''             | core.error.required",
        "external       | LONG           | core.error.tooLong",
        "request        | ' '            | core.error.required",
        "request        | LONG           | core.error.tooLong",
        "requestedOn    | ''             | core.error.required",
        "requestedOn    | TOMORROW       | core.error.future",
        "requestedOn    | 1900-01-01     | core.error.date.range",
        "requestedOn    | BEFORE_OPENING | patronage.rule.beforeOpening"})
    void aBadFieldOfTheRequestIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        asCoordinator();
        long assignments = UNIT.rows("ASSIGNMENT");
        AssignmentDraft d = new AssignmentDraft("specialistType".equals(field) ? value : "inspector",
                "staffId".equals(field) ? Long.valueOf(value) : null,
                "external".equals(field) ? text(value, TeamServiceImpl.EXTERNAL) : "Inspector Petrov",
                "request".equals(field) ? text(value, TeamServiceImpl.REQUEST) : "Talk to the family",
                "requestedOn".equals(field) ? day(value) : today());

        assertEquals(field, refused(key, () -> team.assign(c.id(), d)).field());

        assertEquals(assignments, UNIT.rows("ASSIGNMENT"));
    }

    @Test
    void everyObjectionOfBothDialogsComesAtOnce() {
        long stored = UNIT.rows("TEAM_MEMBER") + UNIT.rows("ASSIGNMENT");
        signIn("belova", SPECIALIST);
        ValidationException m = assertThrows(ValidationException.class, () -> team.addMember(c.id(), 4242L,
                "я".repeat(TeamServiceImpl.ROLE + 1), LocalDate.parse("1900-01-01")));
        assertEquals(List.of("staffId", "role", "from"), fields(m));
        asCoordinator();
        ValidationException a = assertThrows(ValidationException.class, () -> team.assign(c.id(),
                new AssignmentDraft("astrologer", null, "", " ", today().plusDays(1))));
        assertEquals(List.of("specialistType", "external", "request", "requestedOn"), fields(a));
        assertEquals(stored, UNIT.rows("TEAM_MEMBER") + UNIT.rows("ASSIGNMENT"));
    }

    /** A request to the psychologist five days ago, open, asked by the coordinator; the psychologist signed in. */
    private Assignment request() {
        asCoordinator();
        Assignment a = team.assign(c.id(), new AssignmentDraft("psychologist", psychologist.id(), "",
                "Diagnostics of anxiety", REQUESTED));
        signIn("belova", SPECIALIST);
        return a;
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "outcome   | ''             | core.error.required",
        "outcome   | ' '            | core.error.required",
        "outcome   | LONG           | core.error.tooLong",
        "outcomeOn | ''             | core.error.required",
        "outcomeOn | TOMORROW       | core.error.future",
        "outcomeOn | 1900-01-01     | core.error.date.range",
        "outcomeOn | BEFORE_REQUEST | patronage.rule.outcomeBeforeRequest"})
    void aBadFieldOfTheOutcomeIsRefusedOnItsFieldAndNothingIsRecorded(String field, String value, String key) {
        Assignment a = request();

        assertEquals(field, refused(key, () -> team.recordOutcome(a.id(), a.version(),
                "outcome".equals(field) ? text(value, TeamServiceImpl.OUTCOME) : "<b>Anxiety</b> is high",
                "outcomeOn".equals(field) ? day(value) : today())).field());

        assertEquals(List.of(a), team.assignments(c.id()));
    }

    @Test
    void theOutcomeWithMarkupIsKeptAsTyped() {
        Assignment a = request();
        Assignment done = team.recordOutcome(a.id(), a.version(), "<script>alert(1)</script>", REQUESTED);
        assertEquals("<script>alert(1)</script>", done.outcome());
        assertEquals(REQUESTED, done.outcomeOn());
    }

    @Test
    void everyObjectionOfTheOutcomeComesAtOnce() {
        Assignment a = request();
        ValidationException e = assertThrows(ValidationException.class, () -> team.recordOutcome(a.id(),
                a.version(), "я".repeat(TeamServiceImpl.OUTCOME + 1), LocalDate.parse("1900-01-01")));
        assertEquals(List.of("outcome", "outcomeOn"), fields(e));
        ValidationException before = assertThrows(ValidationException.class,
                () -> team.recordOutcome(a.id(), a.version(), " ", REQUESTED.minusDays(1)));
        assertEquals(List.of("outcome", "outcomeOn"), fields(before));
        assertEquals(List.of(a), team.assignments(c.id()));
    }

    private static List<String> fields(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList();
    }
}
