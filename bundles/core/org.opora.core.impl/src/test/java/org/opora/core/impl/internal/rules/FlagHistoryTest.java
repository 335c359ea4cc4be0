package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.FlagPeriod;

class FlagHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = LocalDate.of(2013, 5, 4);

    private static FlagPeriod period(long id, String flag, LocalDate from, LocalDate to) {
        return new FlagPeriod(id, flag, from, to, "", "psychologist", to == null ? "" : "psychologist");
    }

    @Test
    void aFlagIsSetOnceUntilCleared() {
        FlagHistory h = new FlagHistory(List.of(period(1, "ovz", LocalDate.of(2025, 1, 10), null)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> h.checkSet("ovz", TODAY, TODAY, BIRTH));
        assertEquals("core.error.flag.alreadySet", e.messageKey());
        assertDoesNotThrow(() -> h.checkSet("gifted", TODAY, TODAY, BIRTH));
    }

    @Test
    void aNewPeriodStartsNoEarlierThanThePreviousOneWasCleared() {
        FlagHistory h = new FlagHistory(List.of(period(1, "at-risk", LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 6, 1))));
        ValidationException e = assertThrows(ValidationException.class,
                () -> h.checkSet("at-risk", LocalDate.of(2025, 5, 31), TODAY, BIRTH));
        assertEquals("core.error.flag.overlaps", e.messageKey());
        assertEquals("01.06.2025", e.params()[0]);
        assertDoesNotThrow(() -> h.checkSet("at-risk", LocalDate.of(2025, 6, 1), TODAY, BIRTH));
    }

    @Test
    void datesMayNotLieInTheFutureOrBeforeBirth() {
        FlagHistory h = new FlagHistory(List.of());
        assertEquals("core.error.future", assertThrows(ValidationException.class,
                () -> h.checkSet("ovz", TODAY.plusDays(1), TODAY, BIRTH)).messageKey());
        assertEquals("core.error.flag.beforeBirth", assertThrows(ValidationException.class,
                () -> h.checkSet("ovz", BIRTH.minusDays(1), TODAY, BIRTH)).messageKey());
        assertEquals("setOn", assertThrows(ValidationException.class,
                () -> h.checkSet("ovz", null, TODAY, BIRTH)).field());
    }

    @Test
    void clearingClosesTheOpenPeriodAfterItsStart() {
        FlagPeriod open = period(7, "guardianship", LocalDate.of(2026, 2, 1), null);
        FlagHistory h = new FlagHistory(List.of(period(3, "guardianship", LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1)), open));
        assertEquals(open, h.checkClear("guardianship", LocalDate.of(2026, 2, 2), TODAY));
        assertEquals("core.error.flag.clearBeforeSet", assertThrows(ValidationException.class,
                () -> h.checkClear("guardianship", LocalDate.of(2026, 2, 1), TODAY)).messageKey());
        assertEquals("core.error.future", assertThrows(ValidationException.class,
                () -> h.checkClear("guardianship", TODAY.plusDays(1), TODAY)).messageKey());
        assertEquals("core.error.flag.notSet", assertThrows(ValidationException.class,
                () -> h.checkClear("ovz", TODAY, TODAY)).messageKey());
    }
}
