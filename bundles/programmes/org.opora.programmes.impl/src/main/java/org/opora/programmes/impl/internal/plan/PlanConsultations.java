package org.opora.programmes.impl.internal.plan;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.WorkDirections;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.ConsultationDraft;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.impl.internal.model.ConsultationEntity;
import org.opora.programmes.impl.internal.rules.WorkDirectionRule;
import org.opora.programmes.impl.internal.support.Checks;

/**
 * The consultations with the school's specialists held with the parents at any stage of an individual plan (001
 * §4.6, {@code ConsultationRule}), each with the service's direction of work (000 §3; counselling unless another is
 * chosen). Kept by whoever keeps the plan; every wrong field of the form is refused at once and nothing is stored.
 */
final class PlanConsultations {

    /** The longest subject and summary of a consultation. */
    static final int SUBJECT = 2000;

    private final PlanContext ctx;
    private final PlanSteps steps;

    PlanConsultations(PlanContext ctx, PlanSteps steps) {
        this.ctx = ctx;
        this.steps = steps;
    }

    List<Consultation> of(long planId) {
        Caller who = ctx.caller();
        List<Consultation> found = ctx.db.read(em -> {
            ctx.requireRead(em, who, planId);
            return em.createQuery("select c from ConsultationEntity c where c.planId = :p order by c.on, c.id",
                    ConsultationEntity.class).setParameter("p", planId).getResultList().stream()
                    .map(ConsultationEntity::toRecord).toList();
        });
        ctx.read(planId);
        return found;
    }

    IndividualPlan add(long planId, long version, ConsultationDraft d) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        // who may not keep the plan learns nothing of its rules: the access is checked before the form
        LocalDate opened = ctx.db.read(em -> LocalDate.ofInstant(ctx.requireKeep(em, who, planId).getCreatedAt(),
                ctx.db.clock().getZone()));
        FieldChecks.present("consultation", d);
        Objections o = new Objections();
        LocalDate on = o.value(() -> {
            FieldChecks.present("on", d.on());
            FieldChecks.notFuture("on", d.on(), today);
            ctx.rules.consultations().requireDay(d.on(), opened);
            return d.on();
        });
        StaffMember specialist = o.value(() -> ctx.people.staff("specialistId",
                FieldChecks.present("specialistId", d.specialistId())));
        String representative = o.value(() -> FieldChecks.required("representative", d.representative(),
                Checks.SHORT_TEXT));
        String subject = o.value(() -> FieldChecks.required("subject", d.subject(), SUBJECT));
        String direction = o.value(() -> WorkDirections.check("workDirection",
                d.workDirection() == null || d.workDirection().isBlank() ? WorkDirectionRule.COUNSELLING
                        : d.workDirection(), ctx.coreLists, true));
        o.refuseAny();
        Consultation c = new Consultation(0, on, specialist.id(), specialist.name().full(), representative, subject,
                direction, who.name());
        return steps.move(who, planId, version, "consultation added", p -> PlanAccess.canKeep(who, p), (em, p) -> {
            ctx.rules.consultations().requireOpen(p.getState());
            em.persist(new ConsultationEntity(p.getId(), c, who.login(), ctx.db.now()));
        });
    }

    IndividualPlan remove(long planId, long version, long consultationId) {
        Caller who = ctx.caller();
        return steps.move(who, planId, version, "consultation removed", p -> PlanAccess.canKeep(who, p),
                (em, p) -> {
                    ctx.rules.consultations().requireOpen(p.getState());
                    ConsultationEntity c = em.find(ConsultationEntity.class, consultationId);
                    if (c == null || c.getPlanId() != p.getId()) {
                        throw new ValidationException("", "programmes.error.consultationUnknown");
                    }
                    em.remove(c);
                });
    }
}
