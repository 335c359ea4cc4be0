package org.opora.consilium.impl.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WaitsTest {

    private static final LocalDate SEP = LocalDate.of(2026, 9, 1);

    @Test
    void medianAndLongestWaitInDaysCountingOnlyTheReferralsThatGotThere() {
        ConsiliumReportContribution.Waits waits = ConsiliumReportContribution.Waits.of(List.of(
                new Object[] { SEP, SEP.plusDays(2), SEP.plusDays(10) },
                new Object[] { SEP, SEP.plusDays(4), null },
                new Object[] { SEP.plusDays(40), SEP.plusDays(49), SEP.plusDays(60) },
                new Object[] { SEP.plusDays(41), null, null }));
        int exam = ConsiliumReportContribution.Waits.EXAMINATION;
        int conclusion = ConsiliumReportContribution.Waits.CONCLUSION;
        assertEquals(3, waits.count(exam));
        assertEquals(4, waits.median(exam));
        assertEquals(9, waits.max(exam));
        assertEquals(15, waits.median(conclusion));
        assertEquals(20, waits.max(conclusion));
        assertEquals(Map.of(YearMonth.of(2026, 9), 3.0, YearMonth.of(2026, 10), 9.0), waits.medianPerMonth(exam));
        assertEquals(Map.of(YearMonth.of(2026, 9), 2L, YearMonth.of(2026, 10), 2L), waits.filedPerMonth());
    }

    @Test
    void noReferralsWaitNothing() {
        ConsiliumReportContribution.Waits waits = ConsiliumReportContribution.Waits.of(List.of());
        assertEquals(0, waits.median(1));
        assertEquals(0, waits.max(2));
    }
}
