package org.opora.patronage.impl.internal.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.patronage.api.year.ScheduleEntry;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The year's schedule fed bad values field by field — its line (the year, when, the activity, who is responsible),
 * its approval (the year, the day) and the effective practice: empty, too long, out of range, impossible, 01.01.1900
 * among them, markup kept as typed — each refused on its field, nothing stored; every objection at once.
 */
class YearFormsTest extends PatronageServiceTestSupport {

    private static final String MARKUP = "<script>alert(1)</script>";

    private static int thisYear() {
        return AcademicYear.containing(today()).startYear();
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    /** A year as the table names it: a number, or the first year refused after the next one. */
    private static int year(String value) {
        return "AFTER_NEXT".equals(value) ? thisYear() + 2 : Integer.parseInt(value);
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private long stored() {
        return UNIT.rows("SCHEDULE_ENTRY") + UNIT.rows("PATRONAGE_YEAR");
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "year        | 12         | patronage.error.year",
        "year        | 1900       | core.error.year.range",
        "year        | AFTER_NEXT | core.error.year.range",
        "when        | ''         | core.error.required",
        "when        | LONG       | core.error.tooLong",
        "activity    | ' '        | core.error.required",
        "activity    | LONG       | core.error.tooLong",
        "responsible | ''         | core.error.required",
        "responsible | LONG       | core.error.tooLong"})
    void aBadFieldOfTheScheduleLineIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        asCoordinator();
        long before = stored();

        assertEquals(field, refused(key, () -> years.addEntry("year".equals(field) ? year(value) : thisYear(),
                "when".equals(field) ? text(value, YearServiceImpl.WHEN) : "September",
                "activity".equals(field) ? text(value, YearServiceImpl.ACTIVITY) : MARKUP,
                "responsible".equals(field) ? text(value, YearServiceImpl.RESPONSIBLE) : "Director")).field());

        assertEquals(before, stored());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "when        | ''   | core.error.required",
        "activity    | LONG | core.error.tooLong",
        "responsible | ' '  | core.error.required"})
    void aBadFieldOfACorrectedLineLeavesTheLineAsItWas(String field, String value, String key) {
        asCoordinator();
        ScheduleEntry e = years.addEntry(thisYear(), "September", "Curators fixed by order", "Director");

        assertEquals(field, refused(key, () -> years.updateEntry(e.id(), e.version(),
                "when".equals(field) ? value : "October",
                "activity".equals(field) ? text(value, YearServiceImpl.ACTIVITY) : "Curators fixed",
                "responsible".equals(field) ? value : "Coordinator")).field());

        assertEquals(List.of(e), years.schedule(thisYear()).entries());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "year       | 1900       | core.error.year.range",
        "year       | AFTER_NEXT | core.error.year.range",
        "approvedOn | ''         | core.error.required",
        "approvedOn | TOMORROW   | core.error.future",
        "approvedOn | 1900-01-01 | core.error.date.range"})
    void aBadFieldOfTheApprovalIsRefusedOnItsFieldAndNothingIsApproved(String field, String value, String key) {
        asCoordinator();
        years.addEntry(thisYear(), "September", "Curators fixed by order", "Director");
        signIn("khudyakov", DIRECTOR);
        long before = stored();

        assertEquals(field, refused(key, () -> years.approve("year".equals(field) ? year(value) : thisYear(), 0,
                "approvedOn".equals(field) ? day(value) : today())).field());

        assertEquals(before, stored());
        assertEquals(false, years.schedule(thisYear()).approved());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "year              | 1900       | core.error.year.range",
        "year              | AFTER_NEXT | core.error.year.range",
        "effectivePractice | LONG       | core.error.tooLong"})
    void aBadFieldOfTheEffectivePracticeIsRefusedOnItsFieldAndNothingIsStored(String field, String value,
            String key) {
        asCoordinator();
        long before = stored();

        assertEquals(field, refused(key, () -> years.writeEffectivePractice(
                "year".equals(field) ? year(value) : thisYear(), 0,
                "effectivePractice".equals(field) ? text(value, YearServiceImpl.PRACTICE) : MARKUP)).field());

        assertEquals(before, stored());
    }

    @Test
    void markupIsKeptAsTyped() {
        asCoordinator();
        ScheduleEntry e = years.addEntry(thisYear(), "September", MARKUP, "<b>Director</b>");
        assertEquals(MARKUP, e.activity());
        assertEquals("<b>Director</b>", e.responsible());
    }

    @Test
    void everyObjectionOfTheScheduleComesAtOnce() {
        asCoordinator();
        assertEquals(List.of("year", "when", "activity", "responsible"), fields(assertThrows(
                ValidationException.class, () -> years.addEntry(1900, "", "я".repeat(YearServiceImpl.ACTIVITY + 1),
                        " "))));
        ScheduleEntry e = years.addEntry(thisYear(), "September", "Curators fixed by order", "Director");
        assertEquals(List.of("when", "activity", "responsible"), fields(assertThrows(ValidationException.class,
                () -> years.updateEntry(e.id(), e.version(), "я".repeat(YearServiceImpl.WHEN + 1), "", ""))));
        assertEquals(List.of("year", "effectivePractice"), fields(assertThrows(ValidationException.class,
                () -> years.writeEffectivePractice(1900, 0, "я".repeat(YearServiceImpl.PRACTICE + 1)))));
        signIn("khudyakov", DIRECTOR);
        long before = stored();
        assertEquals(List.of("year", "approvedOn"), fields(assertThrows(ValidationException.class,
                () -> years.approve(thisYear() + 2, 0, LocalDate.parse("1900-01-01")))));
        assertEquals(before, stored());
        assertEquals(List.of(e), years.schedule(thisYear()).entries());
    }

    private static List<String> fields(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList();
    }
}
