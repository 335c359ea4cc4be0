package org.opora.platform.audit.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.opora.platform.persistence.TransactionTemplate;

/**
 * The chain in the journal's own unit: appending under the head's row lock, chaining the lines of an upgraded
 * installation once, and reading the chain for the check ({@link ChainSource}).
 */
final class JournalChain implements ChainSource {

    private static final int LEGACY_PAGE = 500;

    private final TransactionTemplate tx;

    JournalChain(TransactionTemplate tx) {
        this.tx = tx;
    }

    /**
     * Appends the entry as the chain's next link, in the caller's transaction. The head row stays locked until that
     * transaction ends, so appends take turns, also across nodes sharing the database.
     */
    void append(EntityManager em, AuditEntry entry) {
        ChainHead head = lockedHead(em);
        if (!head.legacyChained()) {
            chainLegacy(em, head);
        }
        head.append(entry);
        em.persist(entry);
    }

    /**
     * Chains the lines written before the chain existed, once: in the order of their ids, each after the one before,
     * so the result is the same wherever and whenever it runs. Lines added without a link afterwards are reported by
     * the check, never chained.
     */
    void chainLegacy() {
        tx.run(em -> {
            ChainHead head = lockedHead(em);
            if (!head.legacyChained()) {
                chainLegacy(em, head);
            }
        });
    }

    private static void chainLegacy(EntityManager em, ChainHead head) {
        List<AuditEntry> page;
        do {
            page = em.createQuery("select a from AuditEntry a where a.seq is null order by a.id", AuditEntry.class)
                    .setMaxResults(LEGACY_PAGE).getResultList();
            for (AuditEntry entry : page) {
                head.append(entry);
            }
            em.flush();
            page.forEach(em::detach);
        } while (page.size() == LEGACY_PAGE);
        head.legacyDone();
    }

    private static ChainHead lockedHead(EntityManager em) {
        ChainHead head = em.find(ChainHead.class, ChainHead.ROW, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit journal's chain head row is missing");
        }
        return head;
    }

    @Override
    public Optional<Head> head() {
        return tx.read(em -> Optional.ofNullable(em.find(ChainHead.class, ChainHead.ROW)).map(ChainHead::state));
    }

    @Override
    public List<ChainLink> chained(long afterSeq, long afterId, long upToSeq, int max) {
        return tx.read(em -> em.createQuery("select a from AuditEntry a where a.seq is not null and a.seq <= :upTo"
                + " and (a.seq > :seq or (a.seq = :seq and a.id > :id)) order by a.seq, a.id", AuditEntry.class)
                .setParameter("upTo", upToSeq).setParameter("seq", afterSeq).setParameter("id", afterId)
                .setMaxResults(max).getResultList().stream().map(AuditEntry::link).toList());
    }

    @Override
    public Optional<ChainLink> firstUnchained() {
        return tx.read(em -> em.createQuery("select a from AuditEntry a where a.seq is null order by a.id",
                AuditEntry.class).setMaxResults(1).getResultStream().findFirst().map(AuditEntry::link));
    }
}
