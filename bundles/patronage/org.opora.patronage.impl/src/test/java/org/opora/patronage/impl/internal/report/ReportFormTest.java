package org.opora.patronage.impl.internal.report;

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
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.report.ReportDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The curator's report fed bad values field by field — empty, too long, markup, out of range, impossible, the period
 * starting on 01.01.1900 among them — each refused on its field, no report stored and a submitted one unchanged;
 * every objection of the form refused at once.
 */
class ReportFormTest extends PatronageServiceTestSupport {

    private PatronageCase c;
    private CuratorReport kept;

    @BeforeEach
    void curatedAndReported() {
        c = curatedCase();
        signIn("belova", SPECIALIST);
        kept = reports.submit(c.id(), new ReportDraft(order.date(), today(), "Talks", "Calmer", "", ""));
    }

    private static String text(String value) {
        return "LONG".equals(value) ? "я".repeat(ReportServiceImpl.TEXT + 1) : value;
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_OPENING" -> c.openedOn().minusDays(1);
            case "BEFORE_FROM" -> order.date().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "from         | ''             | core.error.required",
        "from         | TOMORROW       | core.error.future",
        "from         | 1900-01-01     | core.error.date.range",
        "from         | BEFORE_OPENING | patronage.rule.beforeOpening",
        "to           | ''             | core.error.required",
        "to           | 2999-01-01     | core.error.future",
        "to           | BEFORE_FROM    | patronage.rule.periodReversed",
        "workDone     | ''             | core.error.required",
        "workDone     | LONG           | core.error.tooLong",
        "results      | ' '            | core.error.required",
        "results      | LONG           | core.error.tooLong",
        "difficulties | LONG           | core.error.tooLong",
        "proposals    | LONG           | core.error.tooLong"})
    void aBadFieldOfTheReportIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        ReportDraft d = new ReportDraft("from".equals(field) ? day(value) : order.date(),
                "to".equals(field) ? day(value) : today(), "workDone".equals(field) ? text(value) : "Talks",
                "results".equals(field) ? text(value) : "Calmer", "difficulties".equals(field) ? text(value) : "",
                "proposals".equals(field) ? text(value) : "");

        assertEquals(field, refused(key, () -> reports.submit(c.id(), d)).field());
        assertEquals(field, refused(key, () -> reports.update(kept.id(), kept.version(), d)).field());

        assertEquals(1, UNIT.rows("CURATOR_REPORT"));
        assertEquals(List.of(kept), reports.reports(c.id()));
    }

    @Test
    void markupInTheReportIsKeptAsText() {
        reports.submit(c.id(), new ReportDraft(today(), today(), "<script>alert(1)</script>", "<b>ok</b>", "", ""));
        assertEquals(List.of("<script>alert(1)</script>", "Talks"), reports.reports(c.id()).stream()
                .map(CuratorReport::workDone).sorted().toList());
    }

    @Test
    void everyObjectionOfTheReportComesAtOnce() {
        ReportDraft bad = new ReportDraft(LocalDate.parse("1900-01-01"), today().plusDays(1), " ", "",
                "я".repeat(ReportServiceImpl.TEXT + 1), "");

        ValidationException e = assertThrows(ValidationException.class, () -> reports.submit(c.id(), bad));

        assertEquals(List.of("from", "to", "workDone", "results", "difficulties"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(1, UNIT.rows("CURATOR_REPORT"));
        assertThrows(ValidationException.class, () -> reports.update(kept.id(), kept.version(), bad));
        assertEquals(List.of(kept), reports.reports(c.id()));
    }
}
