package org.opora.teachersupport.api.conclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The general conclusion of a support record (regulation 004, 5.3 and 5.4), written while the record is in progress
 * and signed by the lead.
 *
 * @param recordId        the support record
 * @param teacher         the supported teacher's name
 * @param lead            the lead's name
 * @param outcomes        one row per problem of the record, in its order
 * @param verdict         item 1, or {@code null} until chosen
 * @param removed         item 2, or {@code null} until chosen
 * @param notRemoved      the problems not removed
 * @param reasons         item 3
 * @param needs           item 6
 * @param development     what professional development
 * @param anotherRouteWhy why another route
 * @param effectiveWays   the most effective ways of further support
 * @param signedOn        the day the lead signed it, or {@code null}
 * @param signedBy        who signed it, empty until then
 * @param nextRecordId    the record opened for another route when it was signed, or {@code null}
 * @param missing         the message keys of what signing still needs (empty when it may be signed)
 * @param version         the record's optimistic-lock version (the conclusion is part of it)
 */
public record Conclusion(long recordId, String teacher, String lead, List<ProblemOutcome> outcomes, Verdict verdict,
        ProblemsRemoved removed, String notRemoved, String reasons, Set<TeacherNeed> needs, String development,
        String anotherRouteWhy, String effectiveWays, LocalDate signedOn, String signedBy, Long nextRecordId,
        List<String> missing, long version) {

    public Conclusion {
        outcomes = List.copyOf(outcomes);
        needs = Set.copyOf(needs);
        missing = List.copyOf(missing);
    }

    public boolean signed() {
        return signedOn != null;
    }
}
