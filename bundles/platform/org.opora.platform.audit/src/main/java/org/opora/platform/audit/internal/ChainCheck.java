package org.opora.platform.audit.internal;

import java.time.LocalDateTime;

/**
 * What a walk along the journal's chain found: intact with its number of entries and the hash of the last one, or
 * the first entry that does not match.
 *
 * @param entries  the chained entries walked up to the first problem (all of them when intact)
 * @param headHash the hash the chain's head holds: an operator who notes it can later tell that nothing was cut off
 *                 or rewritten up to that point
 * @param problem  {@code null} when intact
 * @param entryId  the row of the first entry that does not match; {@code null} when intact or no row can be named
 * @param time     that entry's stored time; {@code null} with the entry id
 */
public record ChainCheck(long entries, String headHash, Problem problem, Long entryId, LocalDateTime time) {

    /** Why the chain does not hold. */
    public enum Problem {
        /** The entry's fields are not the ones its hash was made of: it was edited. */
        CHANGED("its fields were changed after it was written"),
        /** The entry does not follow the one before it: an entry before it was removed, edited or inserted. */
        LINK("it does not follow the entry before it (an entry before it was removed, edited or inserted)"),
        /** The head names more or other entries than there are: the newest entries were removed. */
        TAIL("the newest entries after it were removed (the chain head names a later entry)"),
        /** A row that was added to the table without being chained. */
        UNCHAINED("it was added to the table without being chained"),
        /** The chain's head row is gone. */
        HEAD_MISSING("the chain head is missing");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public boolean intact() {
        return problem == null;
    }

    /** One line for the operator. */
    public String report() {
        if (intact()) {
            return "Audit journal intact, " + entries + " entries; chain head " + headHash;
        }
        String where = entryId == null ? "" : " at entry id " + entryId + " of " + time;
        return "Audit journal NOT intact" + where + ": " + problem.description() + "; " + entries
                + " entries before it verified";
    }
}
