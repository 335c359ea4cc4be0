package org.opora.programmes.api.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What is written in an individual plan.
 *
 * @param pupilId         the pupil (must have one of the eligible statuses)
 * @param basis           the status it is based on (core flag code)
 * @param choices         the parents' choices
 * @param curriculumHours weekly hours of the curriculum
 * @param start           first day
 * @param end             last day
 * @param coordinatorId   the coordinator (staff)
 * @param deadline        approval deadline set by order, or {@code null}
 * @param deadlineOrderId that order in the core's register, or {@code null}
 * @param coordinatorOrderId the order of the core's register appointing the coordinator (001 sections 8.2, 8.3.1),
 *                        required with a coordinator (since 2.2)
 */
public record IndividualPlanDraft(long pupilId, String basis, List<PlanChoice> choices, int curriculumHours,
        LocalDate start, LocalDate end, Long coordinatorId, LocalDate deadline, Long deadlineOrderId,
        Long coordinatorOrderId) {

    /** A draft as 2.1 described it, without the order appointing the coordinator. */
    public IndividualPlanDraft(long pupilId, String basis, List<PlanChoice> choices, int curriculumHours,
            LocalDate start, LocalDate end, Long coordinatorId, LocalDate deadline, Long deadlineOrderId) {
        this(pupilId, basis, choices, curriculumHours, start, end, coordinatorId, deadline, deadlineOrderId, null);
    }

    public IndividualPlanDraft {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
