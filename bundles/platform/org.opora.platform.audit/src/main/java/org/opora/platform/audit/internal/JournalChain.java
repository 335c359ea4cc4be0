package org.opora.platform.audit.internal;

import java.util.List;
import java.util.Optional;


import org.opora.platform.persistence.TransactionTemplate;

/**
 * The chain in the journal's own unit as the check reads it ({@link ChainSource}); appending is {@link SqlChain}'s.
 */
final class JournalChain implements ChainSource {

    private final TransactionTemplate tx;

    JournalChain(TransactionTemplate tx) {
        this.tx = tx;
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
