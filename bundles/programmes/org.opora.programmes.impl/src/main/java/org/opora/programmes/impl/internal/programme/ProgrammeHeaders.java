package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.persistence.QueryFilter;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeQuery;
import org.opora.programmes.api.programme.ProgrammeSummary;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;

/**
 * Programmes as a whole for reading: the list with its filters, the pupil's programmes, one programme and its
 * revisions. A content read is journaled; a line of a list is not content (pupil, state, period, curator).
 */
final class ProgrammeHeaders {

    private static final String ORDER = " order by p.pupilName, p.startDate desc, p.id desc";

    private final ProgrammeContext ctx;

    ProgrammeHeaders(ProgrammeContext ctx) {
        this.ctx = ctx;
    }

    List<ProgrammeSummary> find(ProgrammeQuery query, int offset, int limit) {
        Caller who = ctx.lister();
        ProgrammeQuery q = query == null ? ProgrammeQuery.active() : query;
        List<Long> classPupils = q.classId() == null ? null : ctx.people.ofClass(q.classId());
        if (classPupils != null && classPupils.isEmpty()) {
            return List.of();
        }
        return ctx.db.read(em -> {
            QueryFilter f = filter(em, who, q, classPupils);
            if (f == null) {
                return List.<ProgrammeSummary>of();
            }
            List<ProgrammeEntity> page = f.query(em, "select p from ProgrammeEntity p", ORDER, ProgrammeEntity.class)
                    .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit)).getResultList();
            return summaries(em, who, page);
        });
    }

    int count(ProgrammeQuery query) {
        Caller who = ctx.lister();
        ProgrammeQuery q = query == null ? ProgrammeQuery.active() : query;
        List<Long> classPupils = q.classId() == null ? null : ctx.people.ofClass(q.classId());
        if (classPupils != null && classPupils.isEmpty()) {
            return 0;
        }
        return ctx.db.read(em -> {
            QueryFilter f = filter(em, who, q, classPupils);
            return f == null ? 0 : f.query(em, "select count(p) from ProgrammeEntity p", "", Long.class)
                    .getSingleResult().intValue();
        });
    }

    /** The filter, or {@code null} when the caller sees no programme at all. */
    private QueryFilter filter(EntityManager em, Caller who, ProgrammeQuery q, List<Long> classPupils) {
        Set<Long> involved = ProgrammeQueries.seesAll(who) ? null : ProgrammeQueries.involved(em, who);
        if (involved != null && involved.isEmpty()) {
            return null;
        }
        LocalDate today = ctx.db.today();
        return ProgrammeQueries.filter(q, classPupils, involved, today, ctx.rules.endingSoon().horizon(today));
    }

    List<ProgrammeSummary> ofPupil(long pupilId) {
        Caller who = ctx.lister();
        return ctx.db.read(em -> {
            List<ProgrammeEntity> all = em.createQuery("select p from ProgrammeEntity p where p.pupilId = :p"
                    + " order by p.startDate desc, p.revision desc, p.id desc", ProgrammeEntity.class)
                    .setParameter("p", pupilId).getResultList();
            List<ProgrammeSummary> summaries = summaries(em, who, all);
            return ProgrammeQueries.seesAll(who) ? summaries
                    : summaries.stream().filter(ProgrammeSummary::contentVisible).toList();
        });
    }

    /**
     * Programmes the consilium should review on the day: in review, or in progress and ending by the horizon of
     * {@code endingSoonDays}. For the consilium's chair, deputy chair and secretary and holders of read-all.
     */
    List<ProgrammeSummary> dueForReview(LocalDate day) {
        Caller who = ctx.lister();
        if (!who.isSystem() && !who.keeper() && !who.allows(ProgrammesPermissions.READ_ALL)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        LocalDate on = day == null ? ctx.db.today() : day;
        return ctx.db.read(em -> summaries(em, who, em.createQuery("select p from ProgrammeEntity p"
                + " where p.state = :review or (p.state = :running and p.endDate <= :horizon)" + ORDER,
                ProgrammeEntity.class).setParameter("review", ProgrammeState.REVIEW)
                .setParameter("running", ProgrammeState.IN_PROGRESS)
                .setParameter("horizon", ctx.rules.endingSoon().horizon(on)).getResultList()));
    }

    private List<ProgrammeSummary> summaries(EntityManager em, Caller who, List<ProgrammeEntity> page) {
        List<Long> ids = page.stream().map(ProgrammeEntity::getId).toList();
        Set<Long> responsible = ProgrammeQueries.responsibleAmong(em, who, ids);
        Map<Long, Integer> overdue = overdue(em, ids);
        List<ProgrammeSummary> result = new ArrayList<>();
        for (ProgrammeEntity p : page) {
            boolean visible = ProgrammeAccess.canRead(who, p, responsible.contains(p.getId()))
                    || ctx.approver(who, p);
            result.add(new ProgrammeSummary(p.getId(), p.getPupilId(), p.getPupilName(), p.getClassName(),
                    p.getState(), p.getStartDate(), p.getEndDate(), p.getCuratorName(),
                    visible ? overdue.getOrDefault(p.getId(), 0) : 0, visible));
        }
        return result;
    }

    private Map<Long, Integer> overdue(EntityManager em, List<Long> ids) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select r.programmeId, count(r) from PlanRowEntity r"
                + " where r.programmeId in :ids and r.done = false and r.toDate < :today group by r.programmeId",
                Object[].class).setParameter("ids", ids).setParameter("today", ctx.db.today()).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    Programme get(long programmeId) {
        Caller who = ctx.caller();
        Programme p = ctx.db.read(em -> ProgrammeRecords.record(em, ctx.requireRead(em, who, programmeId)));
        ctx.read(ProgrammeContext.PROGRAMME, programmeId);
        return p;
    }

    boolean canRead(long programmeId) {
        Caller who = ctx.people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS)) {
            return false;
        }
        return ctx.db.read(em -> {
            ProgrammeEntity p = em.find(ProgrammeEntity.class, programmeId);
            return p != null && ctx.canRead(em, who, p);
        });
    }

    /** Every revision of the programme's line, oldest first; each read is journaled. */
    List<Programme> revisions(long programmeId) {
        Caller who = ctx.caller();
        List<Programme> all = ctx.db.read(em -> {
            ProgrammeEntity p = ctx.requireRead(em, who, programmeId);
            List<ProgrammeEntity> line = new ArrayList<>();
            for (ProgrammeEntity e = p; e != null; e = e.getPreviousId() == null ? null
                    : em.find(ProgrammeEntity.class, e.getPreviousId())) {
                line.add(e);
            }
            Collections.reverse(line);
            for (ProgrammeEntity next = next(em, p); next != null; next = next(em, next)) {
                line.add(next);
            }
            return line.stream().map(e -> ProgrammeRecords.record(em, e)).toList();
        });
        all.forEach(r -> ctx.read(ProgrammeContext.PROGRAMME, r.id()));
        return all;
    }

    private static ProgrammeEntity next(EntityManager em, ProgrammeEntity p) {
        return em.createQuery("select p from ProgrammeEntity p where p.previousId = :id order by p.id",
                ProgrammeEntity.class).setParameter("id", p.getId()).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
    }
}
