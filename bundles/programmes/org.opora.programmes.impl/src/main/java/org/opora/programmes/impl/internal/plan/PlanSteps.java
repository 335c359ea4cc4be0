package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.rules.ChangeAfterApprovalRule;
import org.opora.programmes.impl.internal.rules.ConsentRule;
import org.opora.programmes.impl.internal.rules.ProgrammeKind;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.States;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * The way of an individual plan after drafting (001 sections 4.5–4.11): discussed again with the parents, their
 * consent, the coordinator's agreement ({@code CoordinatorAgreementRule}), the director's approval within the
 * deadline ({@code ApprovalDeadlineRule}), and changes after approval with the coordinator's agreement and an
 * order ({@code ChangeAfterApprovalRule}). Every step is recorded with who and when.
 */
final class PlanSteps {

    private final PlanContext ctx;

    PlanSteps(PlanContext ctx) {
        this.ctx = ctx;
    }

    IndividualPlan discussedWithParents(long planId, long version, LocalDate on) {
        Caller who = ctx.caller();
        FieldChecks.notFuture("on", on, ctx.db.today());
        return move(who, planId, version, "discussed", p -> PlanAccess.canKeep(who, p), (em, p) -> {
            if (p.getDraftedOn() == null) {
                throw new ValidationException("", "programmes.error.planNotDrafted");
            }
            ctx.rules.acquaintance().requireDiscussion(p.acquaintance());
            ctx.transition(em, who, p, ProgrammeState.DISCUSSED_WITH_PARENTS,
                    Steps.of(who, ProgrammeState.DISCUSSED_WITH_PARENTS.name(), on, ctx.db.now(), ""));
        });
    }

    /**
     * The parents' acquaintance with the programme, the curriculum and the procedure (001 §4.3), recorded while the
     * plan is drawn up (before its discussion with them, or after their refusal); a later record replaces it.
     */
    IndividualPlan recordAcquaintance(long planId, long version, Acquaintance acquaintance) {
        Caller who = ctx.caller();
        FieldChecks.present("acquaintance", acquaintance);
        // every objection of the dialog at once: the day, the parent, what they were acquainted with
        Objections o = new Objections();
        o.check(() -> FieldChecks.notFuture("acquaintanceOn", acquaintance.on(), ctx.db.today()));
        String representative = o.value(() -> FieldChecks.required("acquaintanceBy", acquaintance.representative(),
                Checks.SHORT_TEXT));
        o.check(() -> ctx.rules.acquaintance().requireRecord(acquaintance));
        o.refuseAny();
        Acquaintance a = new Acquaintance(acquaintance.on(), representative, acquaintance.programme(),
                acquaintance.curriculum(), acquaintance.procedure(), who.name());
        return move(who, planId, version, "parents acquainted", p -> PlanAccess.canKeep(who, p), (em, p) -> {
            if (p.getState() != ProgrammeState.DRAFT && p.getState() != ProgrammeState.CONSENT_REFUSED) {
                throw new ValidationException("", "programmes.error.notEditable");
            }
            p.acquaintance(a, who.name());
            ctx.step(em, p, Steps.of(who, IndividualPlanEntity.ACQUAINTED, a.on(), ctx.db.now(), representative));
        });
    }

    IndividualPlan recordConsent(long planId, long version, Consent consent) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.present("consent", consent);
        Objections o = new Objections();
        o.check(() -> FieldChecks.notFuture("consentDate", consent.date(), today));
        String representative = o.value(() -> FieldChecks.required("consentBy", consent.representative(),
                Checks.SHORT_TEXT));
        String note = o.value(() -> FieldChecks.maxLength("note", consent.note(), PlanChecks.NOTE));
        o.refuseAny();
        ProgrammeState to = consent.given() ? ProgrammeState.CONSENT_GIVEN : ProgrammeState.CONSENT_REFUSED;
        return move(who, planId, version, to.name().toLowerCase(Locale.ROOT), p -> PlanAccess.canKeep(who, p),
                (em, p) -> ctx.transition(em, who, p, to,
                        Steps.by(who, to.name(), consent.date(), representative, ctx.db.now(), note)));
    }

    /** The coordinator agrees the plan once it may go to the director (after the consent, where required). */
    IndividualPlan agree(long planId, long version, LocalDate on) {
        Caller who = ctx.caller();
        FieldChecks.notFuture("on", on, ctx.db.today());
        return move(who, planId, version, "agreed", p -> PlanAccess.canAgree(who, p), (em, p) -> {
            if (!ctx.rules.lifecycle().allowed(p.getState(),
                    ProgrammeState.APPROVED)) {
                throw new ValidationException("", "programmes.error.planNotReadyToAgree");
            }
            ctx.rules.coordinatorOrder().requireAppointed(p.getCoordinatorId(), p.getCoordinatorOrderId());
            ctx.step(em, p, Steps.of(who, IndividualPlanEntity.AGREED, on, ctx.db.now(), ""));
        });
    }

    /**
     * The approval by a holder of the approving role of the school's chain (001 §4.9: the director), after the
     * coordinator's agreement and every agreement of the chain, within the deadline.
     */
    IndividualPlan approve(long planId, long version, LocalDate on) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.notFuture("on", on, today);
        return move(who, planId, version, "approved", p -> true, (em, p) -> {
            ChainSteps chain = ctx.chain(em, p);
            ChainStep step = chain.require(who, ChainStep.Kind.APPROVE, ctx.roles);
            List<Step> steps = PlanContext.steps(em, p.getId());
            Step agreed = IndividualPlanEntity.latest(steps, IndividualPlanEntity.AGREED);
            ctx.rules.coordinatorAgreement().require(p.getCoordinatorId(), agreed == null ? null : agreed.date(), on);
            Checks.notBefore("on", on, chain.lastAgreedOn());
            ctx.rules.approvalDeadline().require(p.getDeadline(), p.getDeadlineOrderId(), on);
            ctx.rules.consent().require(answer(steps), p.getStartDate(), today);
            String position = ctx.roles.position(step);
            ctx.transition(em, who, p, ProgrammeState.APPROVED, StepEntity.ofPlan(p.getId(),
                    Steps.of(who, ProgrammeState.APPROVED.name(), on, ctx.db.now(), position))
                    .inRole(step.role(), position));
        });
    }

    /**
     * An agreement of the school's chain by a holder of its next step's role, after the coordinator's agreement
     * (001 §4.8) and before the approval.
     */
    IndividualPlan agreeInChain(long planId, long version, LocalDate on) {
        Caller who = ctx.caller();
        FieldChecks.notFuture("on", on, ctx.db.today());
        return move(who, planId, version, "agreed in role", p -> true, (em, p) -> {
            ChainSteps chain = ctx.chain(em, p);
            ChainStep step = chain.require(who, ChainStep.Kind.AGREE, ctx.roles);
            if (!ctx.rules.lifecycle().allowed(p.getState(), ProgrammeState.APPROVED)) {
                throw new ValidationException("", "programmes.error.planNotReadyToAgree");
            }
            Step agreed = IndividualPlanEntity.latest(PlanContext.steps(em, p.getId()), IndividualPlanEntity.AGREED);
            ctx.rules.coordinatorAgreement().require(p.getCoordinatorId(), agreed == null ? null : agreed.date(), on);
            Checks.notBefore("on", on, chain.lastAgreedOn());
            String position = ctx.roles.position(step);
            em.persist(StepEntity.ofPlan(p.getId(), Steps.of(who, ChainSteps.AGREED, on, ctx.db.now(), position))
                    .inRole(step.role(), position));
        });
    }

    /** A change after approval: agreed by the coordinator making it and fixed by an order (001 section 4.11). */
    IndividualPlan change(long planId, long version, IndividualPlanDraft draft, Long orderId, PlanDrafting drafting) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        Predicate<IndividualPlanEntity> allowed = p -> PlanAccess.canKeep(who, p) || PlanAccess.canAgree(who, p);
        // who may not change the plan learns nothing of its rules
        ctx.db.read(em -> {
            if (!allowed.test(ctx.plan(em, planId))) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            return null;
        });
        PlanDrafting.Checked checked = drafting.check(draft);
        IndividualPlanDraft d = checked.draft();
        PlanDrafting.Parts parts = checked.parts();
        Order order = orderId == null ? null : ctx.order("orderId", orderId);
        IndividualPlan changed = move(who, planId, version, "changed", allowed, (em, p) -> {
                    if (!p.getState().approved()) {
                        throw new ValidationException("", "programmes.error.changeBeforeApproval");
                    }
                    Long agreedBy = who.isSystem() ? p.getCoordinatorId()
                            : PlanAccess.canAgree(who, p) ? who.staffId() : null;
                    ctx.rules.changes().require(ProgrammeKind.INDIVIDUAL_PLAN, p.getState(),
                            new ChangeAfterApprovalRule.Change(agreedBy, null, orderId));
                    PlanDrafting.samePupil(p, d);
                    PlanChecks.load(ctx.rules, p.getGrade(), d);
                    PlanDrafting.write(em, p, d, parts, today);
                    ctx.step(em, p, Steps.fixed(who, ProgrammeState.CHANGED.name(), today, ctx.db.now(), "",
                            order == null ? "" : order.number(), order == null ? null : order.date()));
                });
        return changed;
    }

    /** The parents' latest recorded answer, for {@code ConsentRule}. */
    private static ConsentRule.Answer answer(List<Step> steps) {
        Step answer = null;
        for (Step s : steps) {
            if (s.kind().equals(ProgrammeState.CONSENT_GIVEN.name())
                    || s.kind().equals(ProgrammeState.CONSENT_REFUSED.name())) {
                answer = s;
            }
        }
        return answer == null ? null : new ConsentRule.Answer(
                answer.kind().equals(ProgrammeState.CONSENT_GIVEN.name()), answer.date(), answer.byName());
    }

    IndividualPlan move(Caller who, long planId, long version, String summary,
            Predicate<IndividualPlanEntity> allowed, BiConsumer<EntityManager, IndividualPlanEntity> work) {
        IndividualPlan moved = ctx.db.write(em -> {
            IndividualPlanEntity p = ctx.plan(em, planId);
            if (!allowed.test(p)) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            // every step makes the copies seen before stale, also one that writes only a step or the choices; the
            // increment is asked for before anything is written, since EclipseLink drops one asked for after a flush
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            work.accept(em, p);
            em.flush();
            return PlanContext.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, planId, summary));
        return moved;
    }
}
