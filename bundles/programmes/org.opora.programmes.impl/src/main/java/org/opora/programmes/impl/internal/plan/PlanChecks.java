package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.PlanChoice;
import org.opora.programmes.impl.internal.config.ProgrammeList;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.core.support.FieldChecks;

/**
 * The checks of what is written in an individual plan: the basis, the period, the parents' choices from the
 * configured kinds, and the load within the maximum for the grade ({@code WeeklyLoadRule}, 001 sections 1.5 and
 * 7.5). A checked draft comes back with its texts stripped.
 */
final class PlanChecks {

    static final int TITLE = 500;
    static final int NOTE = 1000;
    static final int CODE = 64;

    private PlanChecks() {
    }

    /** Longest period of an individual plan: a whole general education. */
    static final int PLAN_YEARS = 12;

    static IndividualPlanDraft clean(IndividualPlanDraft d, ProgrammeLists lists, LocalDate today) {
        FieldChecks.present("pupilId", d);
        String basis = FieldChecks.required("basis", d.basis(), CODE);
        FieldChecks.schoolYears("start", d.start(), today);
        FieldChecks.present("end", d.end());
        if (d.end().isBefore(d.start())) {
            throw new ValidationException("end", "programmes.error.endBeforeStart");
        }
        FieldChecks.within("end", d.end(), d.start(), d.start().plusYears(PLAN_YEARS));
        if (d.curriculumHours() < 0) {
            throw new ValidationException("curriculumHours", "programmes.error.negative");
        }
        List<PlanChoice> choices = new ArrayList<>();
        for (PlanChoice c : d.choices()) {
            String kind = FieldChecks.required("choices", c.kind(), CODE);
            if (!lists.contains(ProgrammeList.PLAN_CHOICE_KINDS, kind)) {
                throw new ValidationException("choices", "programmes.error.notInList", kind);
            }
            if (c.weeklyHours() < 0) {
                throw new ValidationException("choices", "programmes.error.negative");
            }
            choices.add(new PlanChoice(c.id(), kind, FieldChecks.required("choices", c.title(), TITLE), c.weeklyHours(),
                    FieldChecks.maxLength("choices", c.note(), NOTE)));
        }
        return new IndividualPlanDraft(d.pupilId(), basis, choices, d.curriculumHours(), d.start(), d.end(),
                d.coordinatorId(), d.deadline(), d.deadlineOrderId(), d.coordinatorOrderId());
    }

    /** The curriculum and the added hours within the maximum weekly load of the grade. */
    static void load(ProgrammeRules rules, int grade, IndividualPlanDraft d) {
        int added = d.choices().stream().mapToInt(PlanChoice::weeklyHours).sum();
        rules.weeklyLoad().require(grade, d.curriculumHours(), added);
    }
}
