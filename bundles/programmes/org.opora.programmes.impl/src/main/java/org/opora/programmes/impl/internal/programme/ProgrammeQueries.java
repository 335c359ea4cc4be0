package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.support.Caller;
import org.opora.platform.persistence.QueryFilter;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.ProgrammeQuery;

/**
 * The conditions of the programmes list: the query's filters, within what the caller may see. Holders of
 * {@code programmes.existence} or {@code read-all}, the consilium's chair and the system see every programme (the
 * content only where {@link ProgrammeAccess} allows); everyone else only those they are involved in.
 */
final class ProgrammeQueries {

    /** The states of a programme being prepared or carried out. */
    static final List<ProgrammeState> ACTIVE = Arrays.stream(ProgrammeState.values()).filter(ProgrammeState::active)
            .toList();

    private ProgrammeQueries() {
    }

    /**
     * @param classPupils the pupils of the queried class, or {@code null} without a class filter
     * @param involved    the programmes the caller is involved in, or {@code null} when the caller sees all
     * @param horizon     the last end day that counts as ending soon
     */
    static QueryFilter filter(ProgrammeQuery q, List<Long> classPupils, Set<Long> involved, LocalDate today,
            LocalDate horizon) {
        QueryFilter f = new QueryFilter().andIf(q.state(), "p.state = :state", "state")
                .andIf(q.curatorId(), "p.curatorId = :curator", "curator");
        if (classPupils != null) {
            f.and("p.pupilId in :pupils", "pupils", classPupils);
        }
        if (q.activeOnly()) {
            f.and("p.state in :active", "active", ACTIVE);
        }
        if (q.endingSoon()) {
            f.and("p.state in :soonStates", "soonStates", ACTIVE).and("p.endDate >= :soonFrom", "soonFrom", today)
                    .and("p.endDate <= :soonTo", "soonTo", horizon);
        }
        if (q.overdue()) {
            f.and("exists (select r.id from PlanRowEntity r where r.programmeId = p.id and r.done = false"
                    + " and r.toDate < :overdueDay)", "overdueDay", today);
        }
        if (involved != null) {
            f.and("p.id in :involved", "involved", List.copyOf(involved));
        }
        return f;
    }

    /** Whether the caller sees every programme in lists (some only as existence). */
    static boolean seesAll(Caller who) {
        return who.isSystem() || who.allows(ProgrammesPermissions.EXISTENCE)
                || who.allows(ProgrammesPermissions.READ_ALL) || who.holds(BodyRoleMeaning.CHAIR);
    }

    /** The programmes the caller curates, drafted or is responsible for a row of: three small queries. */
    static Set<Long> involved(EntityManager em, Caller who) {
        Set<Long> ids = new HashSet<>(em.createQuery("select p.id from ProgrammeEntity p where p.createdBy = :l",
                Long.class).setParameter("l", who.login()).getResultList());
        if (who.staffId() != null) {
            ids.addAll(em.createQuery("select p.id from ProgrammeEntity p where p.curatorId = :s", Long.class)
                    .setParameter("s", who.staffId()).getResultList());
            ids.addAll(em.createQuery("select distinct r.programmeId from PlanRowEntity r where r.responsibleId = :s",
                    Long.class).setParameter("s", who.staffId()).getResultList());
        }
        return ids;
    }

    /** Every programme with a row the caller is responsible for. */
    static Set<Long> responsible(EntityManager em, Caller who) {
        if (who.staffId() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct r.programmeId from PlanRowEntity r"
                + " where r.responsibleId = :s", Long.class).setParameter("s", who.staffId()).getResultList());
    }

    /** The programmes among the ids with a row the caller is responsible for. */
    static Set<Long> responsibleAmong(EntityManager em, Caller who, List<Long> ids) {
        if (who.staffId() == null || ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct r.programmeId from PlanRowEntity r"
                + " where r.responsibleId = :s and r.programmeId in :ids", Long.class)
                .setParameter("s", who.staffId()).setParameter("ids", ids).getResultList());
    }
}
