package org.opora.platform.admin.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditQuery;

class AuditFilterTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void anEmptyFilterIsTheWholeJournal() {
        assertEquals(AuditQuery.all(), AuditFilter.none().toQuery(MOSCOW));
        assertEquals(AuditQuery.all(), new AuditFilter(null, null, " ", null, "", "\t").toQuery(MOSCOW));
    }

    @Test
    void daysAreWholeDaysInTheServersZoneWithTheLastDayIncluded() {
        AuditQuery q = new AuditFilter(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), null, null, null, null)
                .toQuery(MOSCOW);
        assertEquals(Instant.parse("2025-02-28T21:00:00Z"), q.from());
        assertEquals(Instant.parse("2025-03-31T21:00:00Z"), q.to());
    }

    @Test
    void oneDayFromAndToTheSame() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        AuditQuery q = new AuditFilter(day, day, null, null, null, null).toQuery(ZoneId.of("UTC"));
        assertEquals(Instant.parse("2025-09-01T00:00:00Z"), q.from());
        assertEquals(Instant.parse("2025-09-02T00:00:00Z"), q.to());
    }

    @Test
    void textIsTrimmedAndTheActionPassedOn() {
        AuditQuery q = new AuditFilter(null, null, " ivanova ", AuditAction.READ, "core.pupil ", " 42")
                .toQuery(MOSCOW);
        assertNull(q.from());
        assertNull(q.to());
        assertEquals("ivanova", q.actor());
        assertEquals(AuditAction.READ, q.action());
        assertEquals("core.pupil", q.recordType());
        assertEquals("42", q.recordId());
    }
}
