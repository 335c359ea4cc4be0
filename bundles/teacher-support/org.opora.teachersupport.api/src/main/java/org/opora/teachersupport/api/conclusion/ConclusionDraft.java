package org.opora.teachersupport.api.conclusion;

import java.util.Set;

/**
 * The general conclusion's answers (regulation 004, 5.4) to write; all may stay empty until it is signed.
 *
 * @param verdict          how the support can be regarded (item 1)
 * @param removed          whether the problems were removed (item 2)
 * @param notRemoved       the problems not removed, required when {@code removed} is {@link ProblemsRemoved#NOT_REMOVED}
 * @param reasons          why the support did not take place or the problems were not removed (item 3)
 * @param needs            what the teacher needs (item 6); {@link TeacherNeed#NONE} alone
 * @param development      what professional development, required with {@link TeacherNeed#PROFESSIONAL_DEVELOPMENT}
 * @param anotherRouteWhy  why another route, required with {@link TeacherNeed#ANOTHER_ROUTE}
 * @param effectiveWays    the most effective ways of further support
 */
public record ConclusionDraft(Verdict verdict, ProblemsRemoved removed, String notRemoved, String reasons,
        Set<TeacherNeed> needs, String development, String anotherRouteWhy, String effectiveWays) {

    public ConclusionDraft {
        notRemoved = notRemoved == null ? "" : notRemoved.strip();
        reasons = reasons == null ? "" : reasons.strip();
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        development = development == null ? "" : development.strip();
        anotherRouteWhy = anotherRouteWhy == null ? "" : anotherRouteWhy.strip();
        effectiveWays = effectiveWays == null ? "" : effectiveWays.strip();
    }
}
