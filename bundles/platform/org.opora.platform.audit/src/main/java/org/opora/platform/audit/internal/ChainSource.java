package org.opora.platform.audit.internal;

import java.util.List;
import java.util.Optional;

/** Where the chain is read from: the running journal, or a copy of the database. */
interface ChainSource {

    /**
     * The chain's head row.
     *
     * @param lastSeq        the newest chained entry's position (0 for none)
     * @param lastHash       its hash ({@link ChainLink#GENESIS} for none)
     * @param legacyChained  whether the entries written before the chain existed have been chained
     */
    record Head(long lastSeq, String lastHash, boolean legacyChained) {
    }

    Optional<Head> head();

    /**
     * Chained entries after the entry at ({@code afterSeq}, {@code afterId}) up to position {@code upToSeq}, in chain
     * order (position, then row id), at most {@code max}.
     */
    List<ChainLink> chained(long afterSeq, long afterId, long upToSeq, int max);

    /** The row with the smallest id that has no position in the chain. */
    Optional<ChainLink> firstUnchained();
}
