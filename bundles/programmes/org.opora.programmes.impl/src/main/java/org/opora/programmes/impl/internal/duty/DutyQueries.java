package org.opora.programmes.impl.internal.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.rules.PlanObligationRule;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.States;

/**
 * The queries behind "my duties", one each: overdue plan rows of a specialist (as responsible or as curator),
 * programmes a curator has ending soon or past their end without a review decision, programmes and plans awaiting the steps of the approval chain, plans awaiting the coordinator.
 * The people asked are entitled to what they get: the curator and the responsible specialists read the programme;
 * the approval and the agreement are theirs to give.
 */
final class DutyQueries {

    /** At most this many items of one kind are listed. */
    static final int LIMIT = 50;

    /** The states in which the plan of a programme is being carried out. */
    static final List<ProgrammeState> CARRIED_OUT = List.of(ProgrammeState.APPROVED, ProgrammeState.IN_PROGRESS,
            ProgrammeState.REVIEW);

    /** An overdue row with its programme. */
    record OverdueRow(PlanRowEntity row, ProgrammeEntity programme) {
    }

    private final ProgrammesDatabase db;
    private final ProgrammeRules rules;

    DutyQueries(ProgrammesDatabase db, ProgrammeRules rules) {
        this.db = db;
        this.rules = rules;
    }

    List<OverdueRow> overdueRows(long staffId, LocalDate today) {
        return db.read(em -> em.createQuery("select r, p from PlanRowEntity r, ProgrammeEntity p"
                + " where r.programmeId = p.id and r.done = false and r.toDate < :today and p.state in :states"
                + " and (r.responsibleId = :me or p.curatorId = :me) order by r.toDate, r.id", Object[].class)
                .setParameter("today", today).setParameter("states", CARRIED_OUT).setParameter("me", staffId)
                .setMaxResults(LIMIT).getResultList().stream()
                .map(o -> new OverdueRow((PlanRowEntity) o[0], (ProgrammeEntity) o[1])).toList());
    }

    List<ProgrammeEntity> endingSoon(long curatorId, LocalDate today) {
        return db.read(em -> em.createQuery("select p from ProgrammeEntity p where p.curatorId = :me"
                + " and p.state in :states and p.endDate >= :today and p.endDate <= :horizon order by p.endDate",
                ProgrammeEntity.class).setParameter("me", curatorId).setParameter("states", CARRIED_OUT)
                .setParameter("today", today).setParameter("horizon", rules.endingSoon().horizon(today))
                .setMaxResults(LIMIT).getResultList());
    }

    /**
     * The curator's programmes past their last day without the consilium's decision on their results (002: a
     * consilium is held on the results of the programme): approved, in progress or in review, ended before today.
     */
    List<ProgrammeEntity> pastEnd(long curatorId, LocalDate today) {
        return db.read(em -> em.createQuery("select p from ProgrammeEntity p where p.curatorId = :me"
                + " and p.state in :states and p.endDate < :today order by p.endDate, p.id", ProgrammeEntity.class)
                .setParameter("me", curatorId).setParameter("states", CARRIED_OUT).setParameter("today", today)
                .setMaxResults(LIMIT).getResultList());
    }

    /**
     * The coordinator's individual plans past their last day and not closed (001 §8.3.2: the coordinator controls
     * carrying out the plans and analyses the work): approved or in progress, ended before today.
     */
    List<IndividualPlanEntity> plansPastEnd(long coordinatorId, LocalDate today) {
        return db.read(em -> em.createQuery("select p from IndividualPlanEntity p where p.coordinatorId = :me"
                + " and p.state in :states and p.endDate < :today order by p.endDate, p.id",
                IndividualPlanEntity.class).setParameter("me", coordinatorId)
                .setParameter("states", List.of(ProgrammeState.APPROVED, ProgrammeState.IN_PROGRESS))
                .setParameter("today", today).setMaxResults(LIMIT).getResultList());
    }

    List<ProgrammeEntity> awaitingApproval() {
        return db.read(em -> em.createQuery("select p from ProgrammeEntity p where p.state in :states"
                + " order by p.id", ProgrammeEntity.class).setParameter("states", approvable())
                .setMaxResults(LIMIT).getResultList());
    }

    /** The recorded agreements and approvals of the approval chain on the programmes, by programme. */
    Map<Long, List<StepEntity>> programmeChainSteps(List<Long> programmeIds) {
        return chainSteps("programmeId", programmeIds, StepEntity::getProgrammeId);
    }

    /** The recorded agreements and approvals of the approval chain on the plans, by plan. */
    Map<Long, List<StepEntity>> planChainSteps(List<Long> planIds) {
        return chainSteps("planId", planIds, StepEntity::getPlanId);
    }

    private Map<Long, List<StepEntity>> chainSteps(String owner, List<Long> ids, Function<StepEntity, Long> key) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<StepEntity> steps = db.read(em -> em.createQuery("select s from StepEntity s where s." + owner
                + " in :ids and s.kind in :kinds order by s.id", StepEntity.class).setParameter("ids", ids)
                .setParameter("kinds", List.of(ChainSteps.AGREED, ProgrammeState.APPROVED.name()))
                .getResultList());
        Map<Long, List<StepEntity>> byOwner = new HashMap<>();
        steps.forEach(s -> byOwner.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return byOwner;
    }

    /** Plans that may go to the director, agreed ({@code agreed}) or not yet. */
    List<IndividualPlanEntity> plansBeforeApproval(boolean agreed) {
        String exists = (agreed ? "" : "not ") + "exists (select s.id from StepEntity s where s.planId = p.id"
                + " and s.kind = :agreed)";
        return db.read(em -> em.createQuery("select p from IndividualPlanEntity p where p.state in :states and "
                + exists + " order by p.deadline, p.id", IndividualPlanEntity.class)
                .setParameter("states", approvable()).setParameter("agreed", IndividualPlanEntity.AGREED)
                .setMaxResults(LIMIT).getResultList());
    }

    /** The dates of the plans of the pupils, in every state, to tell which pupils have one of the year (001 §6.1). */
    List<PlanObligationRule.PlanDates> plansOf(List<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = ZoneId.systemDefault();
        return db.read(em -> em.createQuery("select p.pupilId, p.startDate, p.endDate, p.createdAt"
                + " from IndividualPlanEntity p where p.pupilId in :ids", Object[].class)
                .setParameter("ids", pupilIds).getResultList().stream()
                .map(o -> new PlanObligationRule.PlanDates((Long) o[0], (LocalDate) o[1], (LocalDate) o[2],
                        o[3] == null ? null : LocalDate.ofInstant((Instant) o[3], zone))).toList());
    }

    /** The states from which the lifecycle allows the approval (after the consent, where it is required). */
    private List<ProgrammeState> approvable() {
        return Arrays.stream(ProgrammeState.values()).filter(s -> rules.lifecycle().allowed(s,
                ProgrammeState.APPROVED)).toList();
    }
}
