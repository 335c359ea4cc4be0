package org.opora.platform.audit.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditQuery;
import org.opora.platform.api.audit.AuditRecord;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.AsSystem;
import org.opora.platform.testing.InMemoryUnit;

/** The journal on its own schema (opora-audit, the bundle's changelog) in in-memory Derby. */
@ExtendWith(AsSystem.class)
class JournalAuditServiceTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-audit");

    private final FakeSecurityContext security = new FakeSecurityContext();
    private JournalAuditService journal;

    @BeforeEach
    void journal() {
        ChainTestSupport.freshHead(UNIT);
        journal = new JournalAuditService(UNIT.emf());
    }

    @Test
    void anEntryWithoutASignedInUserNamesTheSystem() {
        Instant before = Instant.now();
        journal.record(new AuditEvent(AuditAction.UPDATE, "pupil", "7", "archived"));

        List<AuditRecord> all = journal.find(AuditQuery.all(), 0, 10);
        assertEquals(1, all.size());
        AuditRecord r = all.get(0);
        assertEquals("system", r.actor());
        assertEquals(AuditAction.UPDATE, r.action());
        assertEquals("pupil", r.recordType());
        assertEquals("7", r.recordId());
        assertEquals("archived", r.summary());
        assertFalse(r.time().isBefore(before.minusSeconds(1)), "stamped now");
        assertFalse(r.time().isAfter(Instant.now().plusSeconds(1)), "stamped now");
    }

    @Test
    void anEntryNamesTheSignedInUser() {
        journal.securityContext = security;
        security.signIn("ivanova");
        journal.record(AuditEvent.read("pupil", 7));
        security.signOut();
        journal.record(AuditEvent.read("pupil", 8));

        assertEquals(1, journal.count(new AuditQuery(null, null, "ivanova", null, null, null)));
        assertEquals(1, journal.count(new AuditQuery(null, null, "system", null, null, null)));
    }

    @Test
    void aWebRequestWithoutAUserIsNamedAnonymousAndMayNotReadTheJournal() {
        journal.securityContext = security;
        security.anonymous();
        journal.record(AuditEvent.read("pupil", 7));
        assertThrows(AccessDeniedException.class, () -> journal.find(AuditQuery.all(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> journal.count(AuditQuery.all()));
        assertThrows(AccessDeniedException.class, () -> journal.verify());

        security.signOut(); // the system
        assertEquals(1, journal.count(new AuditQuery(null, null, JournalAuditService.ANONYMOUS, null, null, null)));
        assertEquals(0, journal.count(new AuditQuery(null, null, "system", null, null, null)));
    }

    @Test
    void theJournalIsReadOnlyWithTheAuditPermission() {
        journal.securityContext = security;
        journal.record(AuditEvent.read("pupil", 7));
        security.signIn("ivanova");
        assertThrows(AccessDeniedException.class, () -> journal.find(AuditQuery.all(), 0, 10));
        assertThrows(AccessDeniedException.class, () -> journal.count(AuditQuery.all()));
        security.signIn("auditor", PlatformPermissions.AUDIT);
        assertEquals(1, journal.count(AuditQuery.all()));
    }

    @Test
    void aNamedActorIsKeptAndABlankOneIsTheSystem() {
        journal.record("intruder", new AuditEvent(AuditAction.LOGIN_FAILED, "user", "", ""));
        journal.record(" ", new AuditEvent(AuditAction.ADMIN, "settings", "core", ""));

        List<AuditRecord> all = journal.find(AuditQuery.all(), 0, 10);
        assertEquals(List.of("system", "intruder"), all.stream().map(AuditRecord::actor).toList());
    }

    @Test
    void overlongValuesAreCutToTheirColumns() {
        journal.record("a".repeat(100), new AuditEvent(AuditAction.EXPORT, "t".repeat(80), "9".repeat(70),
                "s".repeat(600)));

        AuditRecord r = journal.find(AuditQuery.all(), 0, 1).get(0);
        assertEquals(64, r.actor().length());
        assertEquals(64, r.recordType().length());
        assertEquals(64, r.recordId().length());
        assertEquals(500, r.summary().length());
    }

    @Test
    void findFiltersNewestFirstAndPages() {
        for (int i = 1; i <= 5; i++) {
            journal.record("u" + (i % 2), new AuditEvent(i % 2 == 0 ? AuditAction.READ : AuditAction.UPDATE,
                    "pupil", String.valueOf(i), ""));
        }
        journal.record("u1", new AuditEvent(AuditAction.READ, "document", "1", ""));

        assertEquals(6, journal.count(AuditQuery.all()));
        assertEquals(List.of("1", "5", "4"), journal.find(AuditQuery.all(), 0, 3).stream()
                .map(AuditRecord::recordId).toList(), "newest first");
        assertEquals(List.of("3", "2", "1"), journal.find(AuditQuery.all(), 3, 10).stream()
                .map(AuditRecord::recordId).toList(), "the next page");

        AuditQuery u1Updates = new AuditQuery(null, null, "u1", AuditAction.UPDATE, "pupil", null);
        assertEquals(List.of("5", "3", "1"), journal.find(u1Updates, 0, 10).stream()
                .map(AuditRecord::recordId).toList());
        assertEquals(3, journal.count(u1Updates));
        assertEquals(1, journal.count(new AuditQuery(null, null, null, null, "pupil", "4")));
    }

    @Test
    void findFiltersByTime() {
        journal.record(AuditEvent.read("pupil", 1));
        Instant after = journal.find(AuditQuery.all(), 0, 1).get(0).time().plusMillis(1);

        assertEquals(1, journal.count(new AuditQuery(null, after, null, null, null, null)));
        assertEquals(0, journal.count(new AuditQuery(after, null, null, null, null, null)));
    }

    @Test
    void aFailingJournalDoesNotStopASignInOrARefusalButAChange() {
        JournalAuditService failing = new JournalAuditService(broken());

        assertThrows(AuditUnavailableException.class,
                () -> failing.record(new AuditEvent(AuditAction.ADMIN, "settings", "core", "changed")));
        assertDoesNotThrow(() -> failing.record("someone", new AuditEvent(AuditAction.LOGIN_FAILED, "user", "", "")));
        assertDoesNotThrow(() -> failing.record(AuditEvent.refused("pupil", 1, "read")));
        assertTrue(journal.find(AuditQuery.all(), 0, 1).isEmpty());
    }

    @Test
    void aReadPrintOrExportWhoseEntryCannotBeWrittenIsRefused() {
        JournalAuditService failing = new JournalAuditService(broken());

        AuditUnavailableException e = assertThrows(AuditUnavailableException.class,
                () -> failing.record(AuditEvent.read("pupil", 1)));
        assertEquals(AuditUnavailableException.JOURNAL, e.permission());
        assertThrows(AccessDeniedException.class,
                () -> failing.record("someone", new AuditEvent(AuditAction.PRINT, "programme", "2", "")));
        assertThrows(AccessDeniedException.class,
                () -> failing.record(new AuditEvent(AuditAction.EXPORT, "pupils", "", "")));
    }

    @Test
    void anEntryInTheChangesTransactionIsCommittedWithItAndRolledBackWithIt() throws SQLException {
        journal.securityContext = security;
        security.signIn("ivanova");
        try (Connection c = UNIT.dataSource().getConnection()) {
            c.setAutoCommit(false);
            journal.recordInTransaction(c, new AuditEvent(AuditAction.UPDATE, "pupil", "7", "archived"));
            c.rollback();
            journal.recordInTransaction(c, new AuditEvent(AuditAction.UPDATE, "pupil", "8", "archived"));
            journal.recordInTransaction(c, "secretary", new AuditEvent(AuditAction.CREATE, "meeting", "3", ""));
            c.commit();
        }
        security.signIn("auditor", PlatformPermissions.AUDIT);
        List<AuditRecord> all = journal.find(AuditQuery.all(), 0, 10);
        assertEquals(List.of("3", "8"), all.stream().map(AuditRecord::recordId).toList(),
                "the rolled-back entry is gone");
        assertEquals(List.of("secretary", "ivanova"), all.stream().map(AuditRecord::actor).toList());
        journal.record(AuditEvent.read("pupil", 8));
        ChainCheck check = journal.verify();
        assertTrue(check.intact(), check.toString());
        assertEquals(3, check.entries());
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsRefused() throws SQLException {
        try (Connection c = UNIT.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.close();
            assertThrows(AuditUnavailableException.class, () -> journal.recordInTransaction(c,
                    new AuditEvent(AuditAction.UPDATE, "pupil", "7", "archived")));
        }
        assertEquals(0, journal.count(AuditQuery.all()));
    }

    @Test
    void anEntryInATransactionWaitsForTheChainHeldByAnother() throws Exception {
        try (Connection first = UNIT.dataSource().getConnection();
                Connection second = UNIT.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            journal.recordInTransaction(first, new AuditEvent(AuditAction.UPDATE, "pupil", "1", ""));
            java.util.concurrent.CompletableFuture<Void> waiting = java.util.concurrent.CompletableFuture.runAsync(
                    () -> journal.recordInTransaction(second, new AuditEvent(AuditAction.UPDATE, "pupil", "2", "")));
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "the second writer waits for the chain's head");
            first.commit();
            waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
            second.commit();
        }
        ChainCheck check = journal.verify();
        assertTrue(check.intact(), check.toString());
        assertEquals(2, check.entries());
    }

    private EntityManagerFactory broken() {
        return (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { EntityManagerFactory.class }, (p, m, a) -> {
                    throw new PersistenceException("database gone");
                });
    }

    @Test
    void aChangeIsAnnouncedWithItsActorAndAReadIsNot() {
        List<org.osgi.service.event.Event> sent = new java.util.ArrayList<>();
        journal.eventAdmin = new org.osgi.service.event.EventAdmin() {
            @Override
            public void postEvent(org.osgi.service.event.Event event) {
                sent.add(event);
            }

            @Override
            public void sendEvent(org.osgi.service.event.Event event) {
                sent.add(event);
            }
        };
        journal.securityContext = security;
        security.signIn("ivanova");
        journal.record(AuditEvent.read("pupil", 7));
        assertTrue(sent.isEmpty(), "a read changes nobody's duties");
        journal.record(new AuditEvent(AuditAction.UPDATE, "pupil", "7", "archived"));
        assertEquals(1, sent.size());
        assertEquals(org.opora.platform.api.audit.AuditService.CHANGE_TOPIC, sent.get(0).getTopic());
        assertEquals("ivanova", sent.get(0).getProperty(org.opora.platform.api.audit.AuditService.CHANGE_ACTOR));
    }
}
