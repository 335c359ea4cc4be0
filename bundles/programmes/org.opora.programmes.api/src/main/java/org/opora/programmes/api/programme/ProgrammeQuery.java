package org.opora.programmes.api.programme;

import org.opora.programmes.api.ProgrammeState;

/**
 * The filters of the programmes list; the result holds only programmes the user may see.
 *
 * @param state        only this state, or {@code null}
 * @param curatorId    only this curator, or {@code null}
 * @param classId      only pupils of this class (core), or {@code null}
 * @param endingSoon   only programmes ending within the configured number of days
 * @param overdue      only programmes with plan rows past their period and not done
 * @param activeOnly   leave out closed, extended and changed revisions
 */
public record ProgrammeQuery(ProgrammeState state, Long curatorId, Long classId, boolean endingSoon,
        boolean overdue, boolean activeOnly) {

    public static ProgrammeQuery active() {
        return new ProgrammeQuery(null, null, null, false, false, true);
    }
}
