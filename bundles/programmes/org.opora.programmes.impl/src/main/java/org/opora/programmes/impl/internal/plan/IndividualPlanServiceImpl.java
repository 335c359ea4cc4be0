package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.staff.OrderService;
import org.opora.core.support.Caller;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.ConsultationDraft;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Individual plans (regulation 001): reading with the access checks of {@link PlanAccess}, informing the parents
 * and drafting ({@link PlanDrafting}), and the steps to the approval and after it ({@link PlanSteps}). Every read
 * and every change is journaled.
 */
@Component
public class IndividualPlanServiceImpl implements IndividualPlanService {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    private final PlanContext ctx;
    private final PlanDrafting drafting;
    private final PlanSteps steps;
    private final PlanConsultations consultations;
    private final PlanCarryingOut carrying;

    @Activate
    public IndividualPlanServiceImpl(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit,
            @Reference ClassService classes, @Reference OrderService orders, @Reference ReferenceLists coreLists,
            @Reference ApprovalRoles roles) {
        this.ctx = new PlanContext(db, people, rules, lists, audit,
                new PlanContext.CoreParts(classes, orders, coreLists), roles, () -> translator);
        this.drafting = new PlanDrafting(ctx);
        this.steps = new PlanSteps(ctx);
        this.consultations = new PlanConsultations(ctx, steps);
        this.carrying = new PlanCarryingOut(ctx, steps);
    }

    @Override
    public List<IndividualPlan> ofPupil(long pupilId) {
        Caller who = ctx.caller();
        List<IndividualPlan> plans = ctx.db.read(em -> em.createQuery("select p from IndividualPlanEntity p"
                + " where p.pupilId = :p order by p.id desc", IndividualPlanEntity.class).setParameter("p", pupilId)
                .getResultList().stream().filter(p -> ctx.canRead(who, p))
                .map(p -> PlanContext.record(em, p)).toList());
        plans.forEach(p -> ctx.read(p.id()));
        return plans;
    }

    @Override
    public IndividualPlan get(long planId) {
        Caller who = ctx.caller();
        IndividualPlan plan = ctx.db.read(em -> PlanContext.record(em, ctx.requireRead(em, who, planId)));
        ctx.read(planId);
        return plan;
    }

    @Override
    public int count() {
        Caller who = ctx.caller();
        long readable = ctx.db.read(em -> em.createQuery("select p from IndividualPlanEntity p",
                IndividualPlanEntity.class).getResultList().stream().filter(p -> ctx.canRead(who, p)).count());
        return Math.toIntExact(readable);
    }

    @Override
    public IndividualPlan informParents(long pupilId, LocalDate on, String representative) {
        return drafting.informParents(pupilId, on, representative);
    }

    @Override
    public IndividualPlan create(IndividualPlanDraft draft) {
        return drafting.create(draft);
    }

    @Override
    public IndividualPlan update(long planId, long version, IndividualPlanDraft draft) {
        return drafting.update(planId, version, draft);
    }

    @Override
    public IndividualPlan recordAcquaintance(long planId, long version, Acquaintance acquaintance) {
        return steps.recordAcquaintance(planId, version, acquaintance);
    }

    @Override
    public IndividualPlan discussedWithParents(long planId, long version, LocalDate on) {
        return steps.discussedWithParents(planId, version, on);
    }

    @Override
    public IndividualPlan recordConsent(long planId, long version, Consent consent) {
        return steps.recordConsent(planId, version, consent);
    }

    @Override
    public IndividualPlan agree(long planId, long version, LocalDate on) {
        return steps.agree(planId, version, on);
    }

    @Override
    public IndividualPlan approve(long planId, long version, LocalDate on) {
        return steps.approve(planId, version, on);
    }

    @Override
    public IndividualPlan agreeInChain(long planId, long version, LocalDate on) {
        return steps.agreeInChain(planId, version, on);
    }

    @Override
    public List<ApprovalStep> approvals(long planId) {
        Caller who = ctx.caller();
        List<ApprovalStep> shown = ctx.db.read(em -> {
            IndividualPlanEntity p = ctx.requireRead(em, who, planId);
            return ctx.chain(em, p).status(ctx.roles, !p.getState().approved());
        });
        ctx.read(planId);
        return shown;
    }

    @Override
    public IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId) {
        return steps.change(planId, version, draft, orderId, drafting);
    }

    @Override
    public List<Consultation> consultations(long planId) {
        return consultations.of(planId);
    }

    @Override
    public IndividualPlan addConsultation(long planId, long version, ConsultationDraft consultation) {
        return consultations.add(planId, version, consultation);
    }

    @Override
    public IndividualPlan removeConsultation(long planId, long version, long consultationId) {
        return consultations.remove(planId, version, consultationId);
    }

    @Override
    public boolean mayCarryOut(long planId) {
        return carrying.mayCarryOut(planId);
    }

    @Override
    public boolean mayKeep(long planId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> PlanAccess.canKeep(who, ctx.requireRead(em, who, planId)));
    }

    @Override
    public boolean mayAgree(long planId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> PlanAccess.canAgree(who, ctx.requireRead(em, who, planId)));
    }

    @Override
    public IndividualPlan start(long planId, long version, LocalDate on) {
        return carrying.start(planId, version, on);
    }

    @Override
    public IndividualPlan recordResults(long planId, long version, String results) {
        return carrying.recordResults(planId, version, results);
    }

    @Override
    public IndividualPlan close(long planId, long version, LocalDate on, String analysis) {
        return carrying.close(planId, version, on, analysis);
    }
}
