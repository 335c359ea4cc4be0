package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationException;

class FieldChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);

    @Test
    void requiredTextIsStrippedAndRefusedWhenEmpty() {
        assertEquals("Ivanova", FieldChecks.required("surname", "  Ivanova ", 100));
        refused("surname", "core.error.required", () -> FieldChecks.required("surname", "   ", 100));
        refused("surname", "core.error.required", () -> FieldChecks.required("surname", null, 100));
    }

    @Test
    void tooLongTextNamesTheLimit() {
        assertEquals("abc", FieldChecks.maxLength("code", " abc ", 3));
        assertEquals("", FieldChecks.maxLength("note", null, 3));
        ValidationException e = refused("code", "core.error.tooLong", () -> FieldChecks.maxLength("code", "abcd", 3));
        assertEquals(3, e.params()[0]);
        refused("title", "core.error.tooLong", () -> FieldChecks.required("title", "x".repeat(501), 500));
    }

    @Test
    void presentRefusesMissingValues() {
        assertEquals(7, FieldChecks.present("grade", 7));
        refused("grade", "core.error.required", () -> FieldChecks.present("grade", null));
    }

    @Test
    void aDayInTheFutureIsRefusedTodayIsNot() {
        assertEquals(TODAY, FieldChecks.notFuture("date", TODAY, TODAY));
        refused("date", "core.error.future", () -> FieldChecks.notFuture("date", TODAY.plusDays(1), TODAY));
        refused("date", "core.error.required", () -> FieldChecks.notFuture("date", null, TODAY));
    }

    @Test
    void aDayMoreThanFiftyYearsBackIsRefusedWithTheRange() {
        assertEquals(TODAY.minusYears(50), FieldChecks.notFuture("date", TODAY.minusYears(50), TODAY));
        ValidationException e = refused("date", "core.error.date.range",
                () -> FieldChecks.notFuture("date", LocalDate.of(1900, 1, 1), TODAY));
        assertArrayEquals(new Object[] {"05.10.1976", "05.10.2026"}, e.params());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "null", value = {
        "null,       core.error.required",
        "1900-01-01, core.error.date.schoolYears",
        "2020-01-15, core.error.date.schoolYears",
        "2025-08-31, core.error.date.schoolYears",
        "2025-09-01, ",
        "2026-10-05, ",
        "2028-08-31, ",
        "2028-09-01, core.error.date.schoolYears",
        "2998-12-31, core.error.date.schoolYears",
        "2999-01-01, core.error.date.schoolYears"})
    void aSchoolEventLiesInThePreviousCurrentOrNextAcademicYear(LocalDate day, String key) {
        if (key == null) {
            assertEquals(day, FieldChecks.schoolYears("date", day, TODAY));
            return;
        }
        ValidationException e = refused("date", key, () -> FieldChecks.schoolYears("date", day, TODAY));
        if (day != null) {
            assertArrayEquals(new Object[] {"01.09.2025", "31.08.2028"}, e.params());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "null", value = {
        "null,       core.error.required",
        "1900-01-01, core.error.date.sinceBirth",
        "2018-03-03, core.error.date.sinceBirth",
        "2018-03-04, ",
        "2026-10-05, ",
        "2026-10-06, core.error.date.sinceBirth"})
    void aDayAboutAPupilLiesBetweenTheBirthAndToday(LocalDate day, String key) {
        LocalDate birth = LocalDate.of(2018, 3, 4);
        if (key == null) {
            assertEquals(day, FieldChecks.sinceBirth("observedOn", day, birth, TODAY));
            return;
        }
        ValidationException e = refused("observedOn", key,
                () -> FieldChecks.sinceBirth("observedOn", day, birth, TODAY));
        if (day != null) {
            assertArrayEquals(new Object[] {"04.03.2018", "05.10.2026"}, e.params());
        }
    }

    @Test
    void aPlausibleDayMayLieAheadUpToTheEndOfTheNextAcademicYear() {
        assertEquals(LocalDate.of(2028, 8, 31), FieldChecks.plausible("to", LocalDate.of(2028, 8, 31), TODAY));
        ValidationException e = refused("to", "core.error.date.range",
                () -> FieldChecks.plausible("to", LocalDate.of(2999, 1, 1), TODAY));
        assertArrayEquals(new Object[] {"05.10.1976", "31.08.2028"}, e.params());
        refused("to", "core.error.required", () -> FieldChecks.plausible("to", null, TODAY));
        refused("to", "core.error.date.range",
                () -> FieldChecks.within("to", LocalDate.of(2026, 1, 1), TODAY, TODAY.plusDays(3)));
    }

    @Test
    void daysReadTheSameInBothLanguages() {
        assertEquals("01.09.2026", FieldChecks.day(LocalDate.of(2026, 9, 1)));
        assertEquals("", FieldChecks.day(null));
    }

    private static ValidationException refused(String field, String key, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(key, e.messageKey());
        return e;
    }
}
