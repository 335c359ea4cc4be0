package org.opora.teachersupport.api.record;

/**
 * An identified problem (difficulty) of the supported teacher (regulation 004, 5.1).
 *
 * @param id             record id
 * @param recordId       the support record
 * @param position       its number in the record, from 1
 * @param difficultyType the type of difficulty (a code of the settings' list)
 * @param description    what the difficulty is
 * @param version        optimistic-lock version (shared with the problem's row of the conclusion)
 */
public record Problem(long id, long recordId, int position, String difficultyType, String description,
        long version) {
}
