package org.opora.programmes.impl.internal.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderService;
import org.opora.core.support.Caller;
import org.opora.core.support.ReadJournal;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.PlanChoiceEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.States;

/**
 * What the parts of the plan service share: the database, the caller, the rules and lists, the core's classes,
 * orders and pupil flags, the audit journal, the access checks of {@link PlanAccess}, and the plan's record.
 */
final class PlanContext {

    static final String PLAN = "programmes.plan";

    final ProgrammesDatabase db;
    final People people;
    final ProgrammeRules rules;
    final ProgrammeLists lists;
    final AuditService audit;
    final ApprovalRoles roles;
    private final ReadJournal reads;
    private final ClassService classes;
    private final OrderService orders;
    final ReferenceLists coreLists;
    private final Supplier<Translator> translator;

    PlanContext(ProgrammesDatabase db, People people, ProgrammeRules rules, ProgrammeLists lists,
            AuditService audit, CoreParts core, ApprovalRoles roles, Supplier<Translator> translator) {
        this.db = db;
        this.roles = roles;
        this.people = people;
        this.rules = rules;
        this.lists = lists;
        this.audit = audit;
        this.reads = new ReadJournal(audit, PLAN);
        this.classes = core.classes();
        this.orders = core.orders();
        this.coreLists = core.lists();
        this.translator = translator;
    }

    /** The core's services the plans need besides people. */
    record CoreParts(ClassService classes, OrderService orders, ReferenceLists lists) {
    }

    /** The caller; {@link AccessDeniedException} without {@code programmes.access}. */
    Caller caller() {
        Caller who = people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS)) {
            throw new AccessDeniedException(ProgrammesPermissions.ACCESS);
        }
        return who;
    }

    IndividualPlanEntity plan(EntityManager em, long planId) {
        return ProgrammesDatabase.find(em, IndividualPlanEntity.class, planId, PLAN);
    }

    /**
     * Whether the caller reads the plan: as {@link PlanAccess#canRead} says, or as a holder of a role of the school's
     * approval chain from the plan's discussion with the parents on (whoever agrees or approves reads what they sign).
     */
    boolean canRead(Caller who, IndividualPlanEntity p) {
        return PlanAccess.canRead(who, p)
                || p.getState() != ProgrammeState.DRAFT && ChainSteps.holdsAny(who, rules.planChain());
    }

    /** The plan's approval chain with the steps recorded on it. */
    ChainSteps chain(EntityManager em, IndividualPlanEntity p) {
        return new ChainSteps(rules.planChain(), em.createQuery("select s from StepEntity s where s.planId = :p"
                + " order by s.id", StepEntity.class).setParameter("p", p.getId()).getResultList());
    }

    IndividualPlanEntity requireRead(EntityManager em, Caller who, long planId) {
        IndividualPlanEntity p = plan(em, planId);
        if (!canRead(who, p)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        return p;
    }

    IndividualPlanEntity requireKeep(EntityManager em, Caller who, long planId) {
        IndividualPlanEntity p = plan(em, planId);
        if (!PlanAccess.canKeep(who, p)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        return p;
    }

    /** The grade of the pupil's current class, 0 without one. */
    int grade(Pupil pupil) {
        return pupil.classId() == null ? 0 : classes.get(pupil.classId()).grade();
    }

    /** An order of the core's register chosen in a form. */
    Order order(String field, long orderId) {
        try {
            return orders.get(orderId);
        } catch (NotFoundException e) {
            throw new ValidationException(field, "programmes.error.orderUnknown");
        }
    }

    /** The codes of the pupil's status flags active today, as the core shows them to the caller. */
    Set<String> activeFlags(long pupilId) {
        return people.card(pupilId).activeFlags(db.today()).stream().map(FlagPeriod::flag)
                .collect(Collectors.toSet());
    }

    String flagLabel(String code, Caller who) {
        return coreLists.label(ReferenceList.PUPIL_FLAGS, code, who.locale());
    }

    /** Moves the plan to the state if the lifecycle allows it, and records the step. */
    void transition(EntityManager em, Caller who, IndividualPlanEntity p, ProgrammeState to, Step step) {
        transition(em, who, p, to, StepEntity.ofPlan(p.getId(), step));
    }

    /** Moves the plan as the method above does, the step given whole (one taken in a role of the chain). */
    void transition(EntityManager em, Caller who, IndividualPlanEntity p, ProgrammeState to, StepEntity step) {
        rules.lifecycle().require(p.getState(), to,
                States.labels(translator.get(), who.locale()));
        p.setState(to);
        em.persist(step);
    }

    void step(EntityManager em, IndividualPlanEntity p, Step step) {
        em.persist(StepEntity.ofPlan(p.getId(), step));
    }

    static List<Step> steps(EntityManager em, long planId) {
        return em.createQuery("select s from StepEntity s where s.planId = :p order by s.recordedAt, s.id",
                StepEntity.class).setParameter("p", planId).getResultList().stream().map(StepEntity::toRecord)
                .toList();
    }

    static List<PlanChoiceEntity> choices(EntityManager em, long planId) {
        return em.createQuery("select c from PlanChoiceEntity c where c.planId = :p order by c.position, c.id",
                PlanChoiceEntity.class).setParameter("p", planId).getResultList();
    }

    static IndividualPlan record(EntityManager em, IndividualPlanEntity p) {
        return p.toRecord(choices(em, p.getId()).stream().map(PlanChoiceEntity::toRecord).toList(),
                steps(em, p.getId()));
    }

    /** Journals a read of the plan, once per person and plan within {@link ReadJournal#WINDOW}. */
    void read(Object id) {
        reads.read(people.login(), id, db.now());
    }

    /** The journal entry of a change, written in the change's transaction ({@code db.write(work, audit, …)}). */
    AuditEvent changed(AuditAction action, Object id, String summary) {
        return new AuditEvent(action, PLAN, String.valueOf(id), summary);
    }
}
