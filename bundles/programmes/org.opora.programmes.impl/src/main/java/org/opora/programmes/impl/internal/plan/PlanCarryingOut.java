package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * Carrying out an approved individual plan (001 §8.3.2, {@code PlanCarryingOutRule}): its coordinator starts it,
 * records its results and closes it with the analysis of the work. Each is a step with who and when, journaled; the
 * results and the analysis are the notes of their steps.
 */
final class PlanCarryingOut {

    /** The longest results text and the longest analysis. */
    static final int TEXT = 4000;

    private final PlanContext ctx;
    private final PlanSteps steps;

    PlanCarryingOut(PlanContext ctx, PlanSteps steps) {
        this.ctx = ctx;
        this.steps = steps;
    }

    boolean mayCarryOut(long planId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> {
            IndividualPlanEntity p = ctx.requireRead(em, who, planId);
            return PlanAccess.canCarryOut(who, p);
        });
    }

    IndividualPlan start(long planId, long version, LocalDate on) {
        Caller who = ctx.caller();
        FieldChecks.present("on", on);
        FieldChecks.notFuture("on", on, ctx.db.today());
        return steps.move(who, planId, version, "started", p -> PlanAccess.canCarryOut(who, p), (em, p) -> {
            Step approved = IndividualPlanEntity.latest(PlanContext.steps(em, p.getId()),
                    ProgrammeState.APPROVED.name());
            ctx.rules.carryingOut().requireStart(p.getState(), approved == null ? null : approved.date(), on);
            ctx.transition(em, who, p, ProgrammeState.IN_PROGRESS,
                    Steps.of(who, ProgrammeState.IN_PROGRESS.name(), on, ctx.db.now(), ""));
        });
    }

    IndividualPlan recordResults(long planId, long version, String results) {
        Caller who = ctx.caller();
        String text = FieldChecks.required("results", results, TEXT);
        return steps.move(who, planId, version, "results recorded", p -> PlanAccess.canCarryOut(who, p),
                (em, p) -> {
                    ctx.rules.carryingOut().requireResults(p.getState());
                    ctx.step(em, p, Steps.of(who, IndividualPlan.RESULTS, ctx.db.today(), ctx.db.now(), text));
                });
    }

    IndividualPlan close(long planId, long version, LocalDate on, String analysis) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        Objections o = new Objections();
        LocalDate day = o.value(() -> {
            FieldChecks.present("on", on);
            return FieldChecks.notFuture("on", on, today);
        });
        String text = o.value(() -> FieldChecks.maxLength("analysis", analysis, TEXT));
        o.refuseAny();
        return steps.move(who, planId, version, "closed", p -> PlanAccess.canCarryOut(who, p), (em, p) -> {
            List<Step> recorded = PlanContext.steps(em, p.getId());
            Step started = IndividualPlanEntity.latest(recorded, ProgrammeState.IN_PROGRESS.name());
            Step results = IndividualPlanEntity.latest(recorded, IndividualPlan.RESULTS);
            ctx.rules.carryingOut().requireClose(p.getState(), started == null ? null : started.date(),
                    results == null ? null : results.note(), text, day);
            // a plan closes from «in progress» with its analysis (001 §8.3.2); the consilium's review of a
            // programme (002) is not its way
            p.setState(ProgrammeState.CLOSED);
            em.persist(StepEntity.ofPlan(p.getId(),
                    Steps.of(who, ProgrammeState.CLOSED.name(), day, ctx.db.now(), text.strip())));
        });
    }
}
