package org.opora.programmes.api.plan;

import java.time.LocalDate;
import java.util.List;

import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;

/**
 * An individual plan of regulation 001.
 *
 * @param id                record id
 * @param pupilId           the pupil
 * @param pupilName         their name when written
 * @param className         their class when written
 * @param grade             the grade, for the maximum weekly load
 * @param basis             the pupil's status that makes them eligible (core flag code: ovz, disabled, gifted …)
 * @param informed          parents informed of the right (001 section 4.1), or {@code null}
 * @param choices           the parents' choices
 * @param curriculumHours   weekly hours of the curriculum of the pupil's grade
 * @param start             first day
 * @param end               last day
 * @param coordinatorId     the coordinator appointed by order (staff), or {@code null}
 * @param coordinatorName   their name
 * @param agreement         the coordinator's agreement (001 section 4.8), or {@code null}
 * @param deadline          the approval deadline set by order (001 section 4.9), or {@code null}
 * @param deadlineOrderId   that order in the core's register, or {@code null}
 * @param deadlineOrder     number of that order, empty without one
 * @param state             where it stands (the programme states apply)
 * @param steps             the recorded steps, oldest first
 * @param version           for optimistic locking
 */
public record IndividualPlan(long id, long pupilId, String pupilName, String className, int grade, String basis,
        Step informed, List<PlanChoice> choices, int curriculumHours, LocalDate start, LocalDate end,
        Long coordinatorId, String coordinatorName, Step agreement, LocalDate deadline, Long deadlineOrderId,
        String deadlineOrder,
        ProgrammeState state, List<Step> steps, long version, Acquaintance acquaintance, Long coordinatorOrderId,
        String coordinatorOrder, LocalDate coordinatorOrderDate) {

    /** The kind of the step recording the results of carrying out the plan (001 section 8.3.2); since 2.3. */
    public static final String RESULTS = "RESULTS";

    /** A plan as 2.1 described it, without the acquaintance. */
    public IndividualPlan(long id, long pupilId, String pupilName, String className, int grade, String basis,
            Step informed, List<PlanChoice> choices, int curriculumHours, LocalDate start, LocalDate end,
            Long coordinatorId, String coordinatorName, Step agreement, LocalDate deadline, Long deadlineOrderId,
            String deadlineOrder, ProgrammeState state, List<Step> steps, long version) {
        this(id, pupilId, pupilName, className, grade, basis, informed, choices, curriculumHours, start, end,
                coordinatorId, coordinatorName, agreement, deadline, deadlineOrderId, deadlineOrder, state, steps,
                version, null, null, "", null);
    }

    public IndividualPlan {
        choices = List.copyOf(choices);
        steps = List.copyOf(steps);
        coordinatorName = coordinatorName == null ? "" : coordinatorName;
        deadlineOrder = deadlineOrder == null ? "" : deadlineOrder;
        coordinatorOrder = coordinatorOrder == null ? "" : coordinatorOrder;
    }

    /** The latest results recorded while carrying it out (001 section 8.3.2), or {@code null}; since 2.3. */
    public Step results() {
        return latest(RESULTS);
    }

    /** The start of carrying it out (the step {@code IN_PROGRESS}), or {@code null}; since 2.3. */
    public Step started() {
        return latest(ProgrammeState.IN_PROGRESS.name());
    }

    /** The closing with the coordinator's analysis as its note (001 section 8.3.2), or {@code null}; since 2.3. */
    public Step closed() {
        return latest(ProgrammeState.CLOSED.name());
    }

    private Step latest(String kind) {
        Step found = null;
        for (Step s : steps) {
            if (s.kind().equals(kind)) {
                found = s;
            }
        }
        return found;
    }

    /** Curriculum hours plus the hours the choices add. */
    public int weeklyHours() {
        return curriculumHours + choices.stream().mapToInt(PlanChoice::weeklyHours).sum();
    }
}
