package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.impl.internal.config.ProgrammeList;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;

/**
 * The checks of what is written in an individual plan: the basis, the period, the hours, the parents' choices from
 * the configured kinds, the approval deadline, and the load within the maximum for the grade ({@code WeeklyLoadRule},
 * 001 sections 1.5 and 7.5). Every objection of the form is refused at once, each on its field; a checked draft comes
 * back with its texts stripped.
 */
final class PlanChecks {

    static final int TITLE = 500;
    static final int NOTE = 1000;
    static final int CODE = 64;

    /** Most weekly hours one figure of a plan may give: the highest maximum load a grade may be set (1–60). */
    static final int MAX_HOURS = 60;

    /** Reason key: hours outside 0..{@value #MAX_HOURS}, naming both ends. */
    static final String HOURS = "programmes.error.hours";

    private PlanChecks() {
    }

    /** Longest period of an individual plan: a whole general education. */
    static final int PLAN_YEARS = 12;

    /**
     * The draft with its texts stripped; refused with every objection at once (the basis, the first and the last day,
     * the curriculum hours, the first wrong choice, the deadline's day).
     */
    static IndividualPlanDraft clean(IndividualPlanDraft d, ProgrammeLists lists, LocalDate today) {
        FieldChecks.present("pupilId", d);
        Objections o = new Objections();
        String basis = o.value(() -> FieldChecks.required("basis", d.basis(), CODE));
        LocalDate start = o.value(() -> FieldChecks.schoolYears("start", d.start(), today));
        o.check(() -> end(d.end(), start));
        o.check(() -> hours("curriculumHours", d.curriculumHours()));
        List<PlanChoice> choices = o.value(() -> choices(d.choices(), lists));
        if (d.deadline() != null) {
            o.check(() -> FieldChecks.schoolYears("deadline", d.deadline(), today));
        }
        o.refuseAny();
        return new IndividualPlanDraft(d.pupilId(), basis, choices, d.curriculumHours(), d.start(), d.end(),
                d.coordinatorId(), d.deadline(), d.deadlineOrderId(), d.coordinatorOrderId());
    }

    /** The last day: present, not before a valid first day and within {@value #PLAN_YEARS} years of it. */
    private static void end(LocalDate end, LocalDate start) {
        FieldChecks.present("end", end);
        if (start == null) {
            return;
        }
        if (end.isBefore(start)) {
            throw new ValidationException("end", "programmes.error.endBeforeStart");
        }
        FieldChecks.within("end", end, start, start.plusYears(PLAN_YEARS));
    }

    /** Weekly hours within 0..{@value #MAX_HOURS}, refused on the field naming the range. */
    private static void hours(String field, int hours) {
        if (hours < 0 || hours > MAX_HOURS) {
            throw new ValidationException(field, HOURS, 0, MAX_HOURS);
        }
    }

    /** The parents' choices stripped; refused on {@code choices} at the first wrong one. */
    private static List<PlanChoice> choices(List<PlanChoice> given, ProgrammeLists lists) {
        List<PlanChoice> choices = new ArrayList<>();
        for (PlanChoice c : given) {
            String kind = FieldChecks.required("choices", c.kind(), CODE);
            if (!lists.contains(ProgrammeList.PLAN_CHOICE_KINDS, kind)) {
                throw new ValidationException("choices", "programmes.error.notInList", kind);
            }
            hours("choices", c.weeklyHours());
            choices.add(new PlanChoice(c.id(), kind, FieldChecks.required("choices", c.title(), TITLE),
                    c.weeklyHours(), FieldChecks.maxLength("choices", c.note(), NOTE)));
        }
        return choices;
    }

    /** The curriculum and the added hours within the maximum weekly load of the grade. */
    static void load(ProgrammeRules rules, int grade, IndividualPlanDraft d) {
        int added = d.choices().stream().mapToInt(PlanChoice::weeklyHours).sum();
        rules.weeklyLoad().require(grade, d.curriculumHours(), added);
    }
}
