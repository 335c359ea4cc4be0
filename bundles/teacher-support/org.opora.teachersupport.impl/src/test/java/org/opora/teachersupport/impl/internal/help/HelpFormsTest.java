package org.opora.teachersupport.impl.internal.help;

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
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The teacher support's help and diagnosis dialogs fed bad values field by field — empty, too long, markup, out of
 * range, impossible, a day of 01.01.1900 among them — each refused on its field, nothing stored and a recorded entry
 * unchanged; every objection of a dialog refused at once.
 */
class HelpFormsTest extends TeacherSupportTestSupport {

    private static final int FINDINGS = 4000;

    private SupportRecord r;
    private HelpEntry keptHelp;
    private DiagnosisEntry keptEntry;

    @BeforeEach
    void recorded() {
        r = openRecord();
        asLead();
        keptHelp = help.record(r.id(), new HelpDraft("consultation", today(), methodologist.id(), "", "Lesson design",
                "", "", null, ""));
        keptEntry = diagnosis.add(r.id(), new DiagnosisDraft("interview", today(), methodologist.id(), "Anxious",
                List.of()));
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_DECISION" -> r.decidedOn().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "form              | ''              | core.error.required",
        "form              | <script>        | teachersupport.rule.unknownCode",
        "date              | ''              | core.error.required",
        "date              | TOMORROW        | core.error.future",
        "date              | 1900-01-01      | core.error.date.range",
        "date              | BEFORE_DECISION | teachersupport.rule.beforeDecision",
        "providedById      | 4242            | teachersupport.error.staffUnknown",
        "providedBy        | ''              | core.error.required",
        "providedBy        | LONG            | core.error.tooLong",
        "topic             | ''              | core.error.required",
        "topic             | LONG            | core.error.tooLong",
        "content           | LONG            | core.error.tooLong",
        "recommendations   | LONG            | core.error.tooLong",
        "competitionResult | LONG            | core.error.tooLong",
        "direction         | astrology       | core.error.direction.unknown"})
    void aBadFieldOfTheHelpIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        HelpDraft d = new HelpDraft("form".equals(field) ? value : "competition",
                "date".equals(field) ? day(value) : today(),
                "providedById".equals(field) ? Long.valueOf(value) : field.startsWith("providedBy") ? null
                        : Long.valueOf(methodologist.id()),
                "providedBy".equals(field) ? text(value, HelpServiceImpl.NAME) : "",
                "topic".equals(field) ? text(value, HelpServiceImpl.TOPIC) : "Teacher of the year",
                "content".equals(field) ? text(value, HelpServiceImpl.TEXT) : "",
                "recommendations".equals(field) ? text(value, HelpServiceImpl.TEXT) : "", CompetitionLevel.CITY,
                "competitionResult".equals(field) ? text(value, HelpServiceImpl.TOPIC) : "",
                "direction".equals(field) ? value : "");

        assertEquals(field, refused(key, () -> help.record(r.id(), d)).field());
        assertEquals(field, refused(key, () -> help.update(keptHelp.id(), keptHelp.version(), d)).field());

        assertEquals(List.of(keptHelp), help.help(r.id()));
    }

    @Test
    void everyObjectionOfTheHelpComesAtOnceTheFormsOwnAmongThem() {
        HelpDraft bad = new HelpDraft("lesson-visit", today().plusDays(1), 4242L, "", " ", "", "я".repeat(4001), null,
                "", "astrology");

        ValidationException e = assertThrows(ValidationException.class, () -> help.record(r.id(), bad));

        assertEquals(List.of("date", "providedById", "topic", "recommendations", "direction", "content"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(keptHelp), help.help(r.id()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "source      | ''              | core.error.required",
        "source      | <b>x</b>        | teachersupport.rule.unknownCode",
        "date        | ''              | core.error.required",
        "date        | TOMORROW        | core.error.future",
        "date        | 1900-01-01      | core.error.date.range",
        "date        | BEFORE_DECISION | teachersupport.rule.beforeDecision",
        "conductedBy | 4242            | teachersupport.error.staffUnknown",
        "findings    | ''              | core.error.required",
        "findings    | LONG            | core.error.tooLong",
        "problemIds  | 4242            | teachersupport.error.problemUnknown"})
    void aBadFieldOfTheDiagnosisIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        DiagnosisDraft d = new DiagnosisDraft("source".equals(field) ? value : "lesson-analysis",
                "date".equals(field) ? day(value) : today(),
                "conductedBy".equals(field) ? Long.parseLong(value) : methodologist.id(),
                "findings".equals(field) ? text(value, FINDINGS) : "<script>alert(1)</script>",
                "problemIds".equals(field) ? List.of(Long.valueOf(value)) : List.of());

        assertEquals(field, refused(key, () -> diagnosis.add(r.id(), d)).field());
        assertEquals(field, refused(key, () -> diagnosis.update(keptEntry.id(), keptEntry.version(), d)).field());

        assertEquals(List.of(keptEntry), diagnosis.entries(r.id()));
    }

    @Test
    void everyObjectionOfTheDiagnosisComesAtOnceAndMarkupIsKeptAsText() {
        ValidationException e = assertThrows(ValidationException.class, () -> diagnosis.add(r.id(),
                new DiagnosisDraft("astrology", LocalDate.parse("1900-01-01"), 4242L, " ", List.of())));
        assertEquals(List.of("source", "date", "conductedBy", "findings"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(keptEntry), diagnosis.entries(r.id()));

        diagnosis.add(r.id(), new DiagnosisDraft("interview", today(), methodologist.id(),
                "<script>alert(1)</script>", List.of()));
        assertEquals(2, diagnosis.entries(r.id()).size());
        assertEquals(true, diagnosis.entries(r.id()).stream()
                .anyMatch(x -> x.findings().equals("<script>alert(1)</script>")));
    }
}
