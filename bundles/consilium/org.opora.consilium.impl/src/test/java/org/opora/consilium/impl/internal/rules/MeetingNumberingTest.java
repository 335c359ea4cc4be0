package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;

class MeetingNumberingTest {

    @Test
    void runningNumberRestartsEveryAcademicYear() {
        MeetingNumbering n = new MeetingNumbering("{n}", true);
        assertEquals(2025, n.period(LocalDate.of(2026, 8, 31)));
        assertEquals(2026, n.period(LocalDate.of(2026, 9, 1)));
        assertEquals(1, n.next(0));
        assertEquals(6, n.next(5));
        assertEquals("6", n.format(6, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void withoutRestartOnePeriodForever() {
        MeetingNumbering n = new MeetingNumbering("{n}", false);
        assertEquals(n.period(LocalDate.of(2024, 1, 1)), n.period(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void yearTokens() {
        LocalDate day = LocalDate.of(2027, 3, 12);
        assertEquals("5/2026", new MeetingNumbering("{n}/{year}", true).format(5, day));
        assertEquals("PPk-5 (2026/2027)", new MeetingNumbering("PPk-{n} ({years})", true).format(5, day));
    }

    @Test
    void patternWithoutRunningNumberIsRefused() {
        assertFalse(MeetingNumbering.valid("{year}"));
        ValidationException e = assertThrows(ValidationException.class, () -> new MeetingNumbering("{years}", true));
        assertEquals("consilium.error.numberPattern", e.messageKey());
        assertEquals("numberPattern", e.field());
    }
}
