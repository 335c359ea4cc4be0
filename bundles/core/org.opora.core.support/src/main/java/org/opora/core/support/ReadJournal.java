package org.opora.core.support;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;

/**
 * Journals the reads of one type of confidential record, once per person, record and {@link #WINDOW}: opening a
 * record's page reads its header and its parts one after the other, and the journal should say "opened once", not
 * list every part. The memory is bounded: beyond {@value #REMEMBERED} person–record pairs the least recently read
 * are forgotten (a forgotten pair's next read is journaled again).
 *
 * <pre>{@code
 * ReadJournal reads = new ReadJournal(audit, "patronage.case");
 * reads.read(caller.login(), caseId, db.now());
 * }</pre>
 */
public final class ReadJournal {

    /** Reads of one record by one person closer together than this are one entry. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    static final int REMEMBERED = 2000;

    private final AuditService audit;
    private final String recordType;
    private final Map<String, Instant> lastRead = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @param recordType the journal's record type, e.g. {@code patronage.case} */
    public ReadJournal(AuditService audit, String recordType) {
        this.audit = audit;
        this.recordType = recordType;
    }

    /**
     * Journals the person's read of the record at the time, unless they read it within {@link #WINDOW} before. Call
     * it before the record is returned: when the entry cannot be written the read is refused.
     *
     * @throws org.opora.platform.api.audit.AuditUnavailableException when the journal could not write the entry; the
     *         read is not remembered, so the next one is journaled (or refused) again
     */
    public void read(String person, Object recordId, Instant now) {
        String key = person + '#' + recordId;
        synchronized (lastRead) {
            Instant last = lastRead.get(key);
            if (last != null && last.plus(WINDOW).isAfter(now)) {
                return;
            }
            lastRead.put(key, now);
        }
        try {
            audit.record(AuditEvent.read(recordType, recordId));
        } catch (RuntimeException e) {
            synchronized (lastRead) {
                lastRead.remove(key, now);
            }
            throw e;
        }
    }
}
