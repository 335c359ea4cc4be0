package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EndingSoonTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);

    @Test
    void endingWithinTheDaysIncludingTodayAndTheLastDay() {
        EndingSoon soon = new EndingSoon(14);
        assertTrue(soon.endingSoon(TODAY, TODAY));
        assertTrue(soon.endingSoon(TODAY.plusDays(14), TODAY));
        assertFalse(soon.endingSoon(TODAY.plusDays(15), TODAY));
        assertFalse(soon.endingSoon(TODAY.minusDays(1), TODAY));
        assertFalse(soon.endingSoon(null, TODAY));
        assertEquals(LocalDate.of(2027, 5, 15), soon.horizon(TODAY));
    }

    @Test
    void zeroDaysMeansEndingToday() {
        assertTrue(new EndingSoon(0).endingSoon(TODAY, TODAY));
        assertFalse(new EndingSoon(-3).endingSoon(TODAY.plusDays(1), TODAY));
    }
}
