package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
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
