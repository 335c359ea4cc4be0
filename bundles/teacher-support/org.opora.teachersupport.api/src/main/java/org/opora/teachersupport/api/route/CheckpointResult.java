package org.opora.teachersupport.api.route;

import java.time.LocalDate;

/**
 * The result of a checkpoint.
 *
 * @param doneOn   the day it was passed, required, not in the future
 * @param result   the result (the assessment and self-assessment of the route's success), required
 * @param evidence what shows it (the portfolio, the essay, the lesson's analysis …), may be empty
 */
public record CheckpointResult(LocalDate doneOn, String result, String evidence) {

    public CheckpointResult {
        result = result == null ? "" : result.strip();
        evidence = evidence == null ? "" : evidence.strip();
    }
}
