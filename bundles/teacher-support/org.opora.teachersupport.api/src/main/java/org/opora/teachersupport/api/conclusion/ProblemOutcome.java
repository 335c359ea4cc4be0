package org.opora.teachersupport.api.conclusion;

/**
 * The row of the conclusion's table for one problem (the state of the problem before the support and after it, the
 * method of diagnosing the results, the conclusions; regulation 004, 5.4).
 *
 * @param problemId      the problem
 * @param position       its number in the record
 * @param difficultyType its type of difficulty
 * @param problem        its description
 * @param before         the state before the support, empty until written
 * @param after          the state after it, empty until written
 * @param method         the method of diagnosing the results
 * @param conclusions    the conclusions
 * @param version        the problem's optimistic-lock version
 */
public record ProblemOutcome(long problemId, int position, String difficultyType, String problem, String before,
        String after, String method, String conclusions, long version) {

    /** Whether the row has both states, before and after: what signing the conclusion requires. */
    public boolean complete() {
        return !before.isBlank() && !after.isBlank();
    }
}
