package org.opora.consilium.api.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * What the meeting established for one pupil, steps 2 to 5 of the procedure of regulation 002, and its decision.
 *
 * @param problems                the actual problem(s) that need solving
 * @param goal                    goal of support
 * @param tasks                   tasks, one a line
 * @param resources               resources of the pupil and the family (internal and external)
 * @param decisions               decision codes from the configured list (at least one to finalise)
 * @param decisionText            the decision in words
 * @param teacherRecommendations  recommendations to teachers
 * @param parentRecommendations   recommendations to parents
 * @param externalReferral        external bodies the pupil is referred to and why; required with
 *                                {@link org.opora.consilium.api.Decisions#REFER_EXTERNAL}
 * @param curatorId               the curator the chair appoints (staff); required with
 *                                {@link org.opora.consilium.api.Decisions#PROGRAMME_OPEN}
 * @param reviewBy                day by which to discuss the pupil again; required with
 *                                {@link org.opora.consilium.api.Decisions#REVIEW_AGAIN}
 */
public record Outcome(String problems, String goal, String tasks, String resources, List<String> decisions,
        String decisionText, String teacherRecommendations, String parentRecommendations, String externalReferral,
        Long curatorId, LocalDate reviewBy) {

    public Outcome {
        problems = problems == null ? "" : problems;
        goal = goal == null ? "" : goal;
        tasks = tasks == null ? "" : tasks;
        resources = resources == null ? "" : resources;
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        decisionText = decisionText == null ? "" : decisionText;
        teacherRecommendations = teacherRecommendations == null ? "" : teacherRecommendations;
        parentRecommendations = parentRecommendations == null ? "" : parentRecommendations;
        externalReferral = externalReferral == null ? "" : externalReferral;
    }

    /** Nothing recorded yet. */
    public static Outcome empty() {
        return new Outcome("", "", "", "", List.of(), "", "", "", "", null, null);
    }
}
