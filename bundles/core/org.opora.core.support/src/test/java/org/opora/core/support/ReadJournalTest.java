package org.opora.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.testing.RecordingAudit;

class ReadJournalTest {

    private final RecordingAudit audit = new RecordingAudit(null);
    private final ReadJournal reads = new ReadJournal(audit, "module.record");
    private final Instant now = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aPersonsReadsOfARecordWithinTheWindowAreOneEntry() {
        reads.read("ivanova", 7, now);
        reads.read("ivanova", 7, now.plusSeconds(30));
        reads.read("petrov", 7, now.plusSeconds(30));
        reads.read("ivanova", 7, now.plus(ReadJournal.WINDOW).plusSeconds(1));

        assertEquals(3, audit.entries().size());
        assertEquals(AuditAction.READ, audit.last().action());
        assertEquals("module.record", audit.last().recordType());
        assertEquals("7", audit.last().recordId());
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenIsRefusedEveryTimeAndNotRemembered() {
        audit.failing(true);
        assertThrows(AuditUnavailableException.class, () -> reads.read("ivanova", 7, now));
        assertThrows(AuditUnavailableException.class, () -> reads.read("ivanova", 7, now.plusSeconds(1)),
                "a refused read does not count as journaled");
        audit.failing(false);
        reads.read("ivanova", 7, now.plusSeconds(2));
        assertEquals(1, audit.entries().size());
    }
}
