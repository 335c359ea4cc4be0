package org.opora.platform.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.platform.audit.internal.ChainTestSupport.idAt;
import static org.opora.platform.audit.internal.ChainTestSupport.sql;
import static org.opora.platform.audit.internal.ChainTestSupport.value;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.audit.internal.ChainCheck.Problem;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.AsSystem;
import org.opora.platform.testing.InMemoryUnit;

/** The journal's hash chain: appends, the check, and what the check sees of rows changed with plain SQL. */
@ExtendWith(AsSystem.class)
class AuditChainTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-audit");

    private static final String LOG = "OPORAAUDIT.AUDIT_LOG";

    private JournalAuditService journal;

    @BeforeEach
    void journal() {
        ChainTestSupport.freshHead(UNIT);
        journal = new JournalAuditService(UNIT.emf());
    }

    private void write(int entries) {
        for (int i = 1; i <= entries; i++) {
            journal.record("u" + i, new AuditEvent(AuditAction.UPDATE, "pupil", String.valueOf(i), "changed " + i));
        }
    }

    @Test
    void entriesAreChainedAndTheCheckFindsThemIntact() {
        write(3);

        ChainCheck check = journal.verify();
        assertTrue(check.intact(), check.report());
        assertEquals(3, check.entries());
        assertEquals(value(UNIT, "SELECT ENTRY_HASH FROM " + LOG + " WHERE SEQ = 3"), check.headHash());
        assertEquals(value(UNIT, "SELECT ENTRY_HASH FROM " + LOG + " WHERE SEQ = 2"),
                value(UNIT, "SELECT PREV_HASH FROM " + LOG + " WHERE SEQ = 3"), "each carries its predecessor's hash");
        assertEquals(ChainLink.GENESIS, value(UNIT, "SELECT PREV_HASH FROM " + LOG + " WHERE SEQ = 1"));
        assertTrue(check.report().startsWith("Audit journal intact, 3 entries"), check.report());
    }

    @Test
    void anEmptyJournalIsIntact() {
        ChainCheck check = journal.verify();
        assertTrue(check.intact());
        assertEquals(0, check.entries());
    }

    @Test
    void anEditedRowIsReported() {
        write(3);
        long edited = idAt(UNIT, 2);
        sql(UNIT, "UPDATE " + LOG + " SET SUMMARY = 'nothing happened' WHERE ID = " + edited);

        ChainCheck check = journal.verify();
        assertEquals(Problem.CHANGED, check.problem());
        assertEquals(edited, check.entryId());
        assertEquals(1, check.entries(), "the one before it holds");
        assertTrue(check.report().contains("entry id " + edited), check.report());
        assertTrue(check.report().contains("NOT intact"), check.report());
    }

    @Test
    void anEditedRowWhoseHashWasMadeAgainBreaksTheNextLink() {
        write(3);
        sql(UNIT, "UPDATE " + LOG + " SET ACTOR = 'someone else', ENTRY_HASH = '" + "1".repeat(64) + "' WHERE SEQ = 2");

        ChainCheck check = journal.verify();
        assertFalse(check.intact());
        assertEquals(idAt(UNIT, 2), check.entryId(), "its own hash no longer matches");

        // the forger recomputes the hash the way the journal does: the next entry still names the old one
        String forged = value(UNIT, "SELECT PREV_HASH FROM " + LOG + " WHERE SEQ = 2");
        ChainLink two = new CopyChainSource(UNIT.dataSource()).chained(1, Long.MAX_VALUE, 2, 1).get(0);
        sql(UNIT, "UPDATE " + LOG + " SET ENTRY_HASH = '" + ChainLink.hash(2, two.time(), two.actor(), two.action(),
                two.recordType(), two.recordId(), two.summary(), forged) + "' WHERE SEQ = 2");
        check = journal.verify();
        assertEquals(Problem.LINK, check.problem());
        assertEquals(idAt(UNIT, 3), check.entryId());
    }

    @Test
    void aDeletedRowIsReportedAtTheEntryAfterIt() {
        write(4);
        long after = idAt(UNIT, 3);
        sql(UNIT, "DELETE FROM " + LOG + " WHERE SEQ = 2");

        ChainCheck check = journal.verify();
        assertEquals(Problem.LINK, check.problem());
        assertEquals(after, check.entryId());
        assertEquals(1, check.entries());
    }

    @Test
    void deletingTheNewestRowsShowsAgainstTheHead() {
        write(3);
        long last = idAt(UNIT, 2);
        sql(UNIT, "DELETE FROM " + LOG + " WHERE SEQ = 3");

        ChainCheck check = journal.verify();
        assertEquals(Problem.TAIL, check.problem());
        assertEquals(last, check.entryId(), "the newest entry left");
        assertEquals(2, check.entries());
    }

    @Test
    void aRowInsertedWithoutItsLinkIsReported() {
        write(2);
        sql(UNIT, "INSERT INTO " + LOG + " (EVENT_TIME, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, SUMMARY)"
                + " VALUES (CURRENT_TIMESTAMP, 'director', 'READ', 'pupil', '9', '')");

        ChainCheck check = journal.verify();
        assertEquals(Problem.UNCHAINED, check.problem());
        assertEquals(Long.parseLong(value(UNIT, "SELECT ID FROM " + LOG + " WHERE SEQ IS NULL")), check.entryId());
        write(1);
        assertEquals(Problem.UNCHAINED, journal.verify().problem(), "a later start does not chain it");
        assertEquals(Problem.UNCHAINED, new JournalAuditService(UNIT.emf()).verify().problem());
    }

    @Test
    void aMissingHeadIsReportedAndRefusesReads() {
        write(1);
        sql(UNIT, "DELETE FROM OPORAAUDIT.AUDIT_CHAIN_HEAD");

        assertEquals(Problem.HEAD_MISSING, journal.verify().problem());
        assertThrows(AuditUnavailableException.class, () -> journal.record(AuditEvent.read("pupil", 1)));
    }

    @Test
    void aCopyOfTheDatabaseIsCheckedWithPlainSql() {
        write(3);
        ChainCheck check = JournalAuditService.verifyCopy(UNIT.dataSource());
        assertTrue(check.intact(), check.report());
        assertEquals(journal.verify(), check);

        long edited = idAt(UNIT, 1);
        sql(UNIT, "UPDATE " + LOG + " SET RECORD_ID = '8' WHERE ID = " + edited);
        check = JournalAuditService.verifyCopy(UNIT.dataSource());
        assertEquals(Problem.CHANGED, check.problem());
        assertEquals(edited, check.entryId());
    }

    @Test
    void concurrentWritersDoNotForkTheChain() throws Exception {
        int writers = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String actor = "w" + w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    journal.record(actor, AuditEvent.read("pupil", i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        ChainCheck check = journal.verify();
        assertTrue(check.intact(), check.report());
        assertEquals(writers * each, check.entries());
        assertEquals(String.valueOf(writers * each), value(UNIT, "SELECT COUNT(DISTINCT PREV_HASH) FROM " + LOG));
    }

    @Test
    void entriesOfAnUpgradedInstallationAreChainedOnceTheSameWay() {
        sql(UNIT, legacy(1), legacy(2), legacy(3));
        ChainTestSupport.freshHead(UNIT); // as the changelog leaves it on an installation with a journal
        assertNull(value(UNIT, "SELECT SEQ FROM " + LOG + " WHERE RECORD_ID = '1'"));

        ChainCheck first = new JournalAuditService(UNIT.emf()).verify();
        assertTrue(first.intact(), first.report());
        assertEquals(3, first.entries());
        assertEquals("1", value(UNIT, "SELECT SEQ FROM " + LOG + " WHERE RECORD_ID = '1'"), "in the order of ids");

        // the same rows chained again from scratch give the same chain
        sql(UNIT, "UPDATE " + LOG + " SET SEQ = NULL, PREV_HASH = NULL, ENTRY_HASH = NULL");
        ChainTestSupport.freshHead(UNIT);
        JournalAuditService again = new JournalAuditService(UNIT.emf());
        assertEquals(first, again.verify());

        again.record(new AuditEvent(AuditAction.ADMIN, "settings", "core", ""));
        ChainCheck after = again.verify();
        assertTrue(after.intact(), after.report());
        assertEquals(4, after.entries());
        assertNotEquals(first.headHash(), after.headHash());
    }

    @Test
    void theFirstEntryWrittenChainsTheOldOnesWhenTheStartCouldNot() {
        journal = new JournalAuditService(UNIT.emf());
        sql(UNIT, legacy(1), "UPDATE OPORAAUDIT.AUDIT_CHAIN_HEAD SET LEGACY_CHAINED = FALSE");

        journal.record(AuditEvent.read("pupil", 2));
        ChainCheck check = journal.verify();
        assertTrue(check.intact(), check.report());
        assertEquals(2, check.entries());
        assertEquals("1", value(UNIT, "SELECT SEQ FROM " + LOG + " WHERE RECORD_ID = '1'"));
    }

    @Test
    void theCheckNeedsTheAuditPermission() {
        FakeSecurityContext security = new FakeSecurityContext();
        journal.securityContext = security;
        security.signIn("teacher");
        assertThrows(AccessDeniedException.class, journal::verify);
        security.signIn("auditor", PlatformPermissions.AUDIT);
        assertTrue(journal.verify().intact());
    }

    private static String legacy(int recordId) {
        return "INSERT INTO " + LOG + " (EVENT_TIME, ACTOR, ACTION, RECORD_TYPE, RECORD_ID, SUMMARY) VALUES"
                + " (TIMESTAMP('2024-0" + recordId + "-10 09:30:00.123456'), 'psychologist', 'READ', 'programme', '"
                + recordId + "', 'opened')";
    }
}
