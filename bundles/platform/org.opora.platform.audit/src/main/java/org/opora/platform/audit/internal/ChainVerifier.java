package org.opora.platform.audit.internal;

import java.util.List;
import java.util.Optional;

import org.opora.platform.audit.internal.ChainCheck.Problem;

/**
 * Walks the journal's chain from its first entry to the one its head names and reports the first entry that does
 * not match. Entries written while it walks (after the head it read) are not part of the walk.
 */
final class ChainVerifier {

    static final int PAGE = 500;

    private ChainVerifier() {
    }

    static ChainCheck verify(ChainSource source) {
        Optional<ChainSource.Head> found = source.head();
        if (found.isEmpty()) {
            return new ChainCheck(0, null, Problem.HEAD_MISSING, null, null);
        }
        ChainSource.Head head = found.get();
        long count = 0;
        String previous = ChainLink.GENESIS;
        ChainLink last = null;
        long afterSeq = 0;
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<ChainLink> page = source.chained(afterSeq, afterId, head.lastSeq(), PAGE);
            for (ChainLink link : page) {
                if (link.seq() != count + 1 || !previous.equals(link.prevHash())) {
                    return broken(count, head, Problem.LINK, link);
                }
                if (!link.matches()) {
                    return broken(count, head, Problem.CHANGED, link);
                }
                count++;
                previous = link.hash();
                last = link;
            }
            if (page.size() < PAGE) {
                break;
            }
            afterSeq = last.seq();
            afterId = last.id();
        }
        if (count != head.lastSeq() || !previous.equals(head.lastHash())) {
            return last == null ? new ChainCheck(count, head.lastHash(), Problem.TAIL, null, null)
                    : broken(count, head, Problem.TAIL, last);
        }
        if (head.legacyChained()) {
            Optional<ChainLink> unchained = source.firstUnchained();
            if (unchained.isPresent()) {
                return broken(count, head, Problem.UNCHAINED, unchained.get());
            }
        }
        return new ChainCheck(count, head.lastHash(), null, null, null);
    }

    private static ChainCheck broken(long count, ChainSource.Head head, Problem problem, ChainLink at) {
        return new ChainCheck(count, head.lastHash(), problem, at.id(), at.time().toLocalDateTime());
    }
}
