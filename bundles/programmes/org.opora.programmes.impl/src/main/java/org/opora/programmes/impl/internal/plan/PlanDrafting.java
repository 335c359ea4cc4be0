package org.opora.programmes.impl.internal.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanDraft;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.PlanChoiceEntity;
import org.opora.programmes.impl.internal.rules.ProgrammeKind;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * Informing the parents of the right to an individual plan (001 section 4.1), which opens the pupil's plan, and
 * drafting it with them (section 4.2: only for an eligible pupil, {@code PlanEligibilityRule}, and only after the
 * parents were informed, {@code ParentsInformedRule}). The content changes in place before approval; after it only
 * by {@link PlanSteps#change}.
 */
final class PlanDrafting {

    /** The states in which the content may be saved in place. */
    static final Set<ProgrammeState> EDITABLE = EnumSet.of(ProgrammeState.DRAFT,
            ProgrammeState.DISCUSSED_WITH_PARENTS, ProgrammeState.CONSENT_REFUSED);

    private final PlanContext ctx;

    PlanDrafting(PlanContext ctx) {
        this.ctx = ctx;
    }

    IndividualPlan informParents(long pupilId, LocalDate on, String representative) {
        Caller who = drafter();
        FieldChecks.notFuture("on", on, ctx.db.today());
        String parent = FieldChecks.required("representative", representative, Checks.SHORT_TEXT);
        Pupil pupil = ctx.people.pupil("pupilId", pupilId);
        int grade = ctx.grade(pupil);
        Instant now = ctx.db.now();
        IndividualPlan informed = ctx.db.write(em -> {
            IndividualPlanEntity p = undrafted(em, pupilId);
            if (p == null) {
                p = new IndividualPlanEntity(pupilId, who.login(), now);
                p.pupil(pupil.name().full(), pupil.className(), grade);
                em.persist(p);
                em.flush();
            }
            ctx.step(em, p, Steps.of(who, IndividualPlanEntity.INFORMED, on, now, parent));
            em.flush();
            return PlanContext.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, done.id(), "parents informed"));
        return informed;
    }

    IndividualPlan create(IndividualPlanDraft draft) {
        Caller who = drafter();
        LocalDate today = ctx.db.today();
        Checked checked = check(draft);
        IndividualPlanDraft d = checked.draft();
        Parts parts = checked.parts();
        Pupil pupil = ctx.people.pupil("pupilId", d.pupilId());
        eligible(who, d);
        int grade = ctx.grade(pupil);
        PlanChecks.load(ctx.rules, grade, d);
        IndividualPlan created = ctx.db.write(em -> {
            IndividualPlanEntity p = undrafted(em, d.pupilId());
            Step informed = p == null ? null
                    : IndividualPlanEntity.latest(PlanContext.steps(em, p.getId()), IndividualPlanEntity.INFORMED);
            ctx.rules.parentsInformed().require(informed == null ? null : informed.date(), today, today);
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            p.pupil(pupil.name().full(), pupil.className(), grade);
            write(em, p, d, parts, today);
            ctx.step(em, p, Steps.of(who, ProgrammeState.DRAFT.name(), today, ctx.db.now(), ""));
            em.flush();
            return PlanContext.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, done.id(), "drafted"));
        return created;
    }

    IndividualPlan update(long planId, long version, IndividualPlanDraft draft) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        // who may not change the plan learns nothing of its rules
        ctx.db.read(em -> ctx.requireKeep(em, who, planId));
        Checked checked = check(draft);
        IndividualPlanDraft d = checked.draft();
        Parts parts = checked.parts();
        eligible(who, d);
        IndividualPlan updated = ctx.db.write(em -> {
            IndividualPlanEntity p = ctx.requireKeep(em, who, planId);
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            // the choices are the plan's content too: a new version even when only they change (see PlanSteps.move)
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (!EDITABLE.contains(p.getState())) {
                throw new ValidationException("", "programmes.error.notEditable");
            }
            samePupil(p, d);
            PlanChecks.load(ctx.rules, p.getGrade(), d);
            write(em, p, d, parts, today);
            if (p.getState() == ProgrammeState.CONSENT_REFUSED) {
                p.setState(ProgrammeState.DRAFT);
                ctx.step(em, p, Steps.of(who, ProgrammeState.DRAFT.name(), today, ctx.db.now(), ""));
            }
            em.flush();
            return PlanContext.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, planId, "content"));
        return updated;
    }

    static void samePupil(IndividualPlanEntity p, IndividualPlanDraft d) {
        if (d.pupilId() != p.getPupilId()) {
            throw new ValidationException("pupilId", "programmes.error.pupilFixed");
        }
    }

    /**
     * The coordinator, the order appointing them and the order of the deadline, looked up in the core before the
     * transaction.
     */
    record Parts(StaffMember coordinator, Order coordinatorOrder, Order deadlineOrder) {
    }

    Parts parts(IndividualPlanDraft d) {
        Objections o = new Objections();
        o.check(() -> ctx.rules.approvalDeadline().require(d.deadline(), d.deadlineOrderId(), null));
        o.check(() -> ctx.rules.coordinatorOrder().require(d.coordinatorId(), d.coordinatorOrderId()));
        StaffMember coordinator = d.coordinatorId() == null ? null
                : o.value(() -> ctx.people.staff("coordinatorId", d.coordinatorId()));
        Order order = d.deadlineOrderId() == null ? null
                : o.value(() -> ctx.order("deadlineOrderId", d.deadlineOrderId()));
        Order appointing = d.coordinatorId() == null || d.coordinatorOrderId() == null ? null
                : o.value(() -> ctx.order("coordinatorOrderId", d.coordinatorOrderId()));
        o.refuseAny();
        return new Parts(coordinator, appointing, order);
    }

    /** A draft cleaned ({@link PlanChecks#clean}) with its {@link Parts}. */
    record Checked(IndividualPlanDraft draft, Parts parts) {
    }

    /**
     * The draft cleaned and its coordinator and orders looked up, refused with every objection of the form at once
     * (the fields' own and those of the deadline's and the coordinator's orders).
     */
    Checked check(IndividualPlanDraft draft) {
        Objections o = new Objections();
        IndividualPlanDraft d = o.value(() -> PlanChecks.clean(draft, ctx.lists, ctx.db.today()));
        Parts parts = o.value(() -> parts(draft));
        o.refuseAny();
        return new Checked(d, parts);
    }

    /** Writes the content and replaces the choices. */
    static void write(EntityManager em, IndividualPlanEntity p, IndividualPlanDraft d, Parts parts,
            LocalDate today) {
        p.write(d.basis(), d.curriculumHours(), d.start(), d.end(), today);
        if (parts.coordinator() == null) {
            p.coordinator(null, "");
            p.coordinatorOrder(null, "", null);
        } else {
            p.coordinator(parts.coordinator().id(), parts.coordinator().name().full());
            Order appointing = parts.coordinatorOrder();
            p.coordinatorOrder(appointing.id(), appointing.number(), appointing.date());
        }
        Order o = parts.deadlineOrder();
        p.deadline(d.deadline(), o == null ? null : o.id(), o == null ? "" : o.number());
        List<PlanChoiceEntity> old = PlanContext.choices(em, p.getId());
        old.forEach(em::remove);
        em.flush();
        for (int i = 0; i < d.choices().size(); i++) {
            em.persist(new PlanChoiceEntity(p.getId(), i + 1, d.choices().get(i)));
        }
    }

    /** The basis is one of the pupil's active flags, and the pupil is eligible ({@code PlanEligibilityRule}). */
    private void eligible(Caller who, IndividualPlanDraft d) {
        Set<String> flags = ctx.activeFlags(d.pupilId());
        ctx.rules.planEligibility().require(flags, code -> ctx.flagLabel(code, who));
        if (!flags.contains(d.basis())) {
            throw new ValidationException("basis", "programmes.error.basisNotActive", ctx.flagLabel(d.basis(), who));
        }
    }

    /** The pupil's plan opened by informing the parents and not drafted yet, or {@code null}. */
    private static IndividualPlanEntity undrafted(EntityManager em, long pupilId) {
        return em.createQuery("select p from IndividualPlanEntity p where p.pupilId = :p and p.draftedOn is null"
                + " and p.state = :s order by p.id desc", IndividualPlanEntity.class).setParameter("p", pupilId)
                .setParameter("s", ProgrammeState.DRAFT).setMaxResults(1).getResultList().stream().findFirst()
                .orElse(null);
    }

    /** The caller, who drafts plans; the school must keep the variant of 001. */
    private Caller drafter() {
        Caller who = ctx.caller();
        if (!who.allows(ProgrammesPermissions.DRAFT)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        ctx.rules.variants().require(ProgrammeKind.INDIVIDUAL_PLAN);
        return who;
    }
}
