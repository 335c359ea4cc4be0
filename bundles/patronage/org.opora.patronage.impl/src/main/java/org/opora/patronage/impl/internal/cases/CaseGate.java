package org.opora.patronage.impl.internal.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.ReadJournal;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.impl.internal.model.AssignmentEntity;
import org.opora.patronage.impl.internal.model.CaseEntity;
import org.opora.patronage.impl.internal.model.CuratorEntity;
import org.opora.patronage.impl.internal.model.TeamMemberEntity;
import org.opora.patronage.impl.internal.support.Guard;
import org.opora.patronage.impl.internal.support.PatronageDatabase;
import org.opora.patronage.impl.internal.support.People;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The gate every patronage service passes for a case: the caller, the case, what the caller may do with it
 * ({@link CaseAccess}), and the journal of reads and refused attempts. A refusal is journaled before it is thrown,
 * so that the journal shows who tried to open a case they may not read.
 */
@Component(service = CaseGate.class)
public class CaseGate {

    /** The record type of a case in the journal. */
    public static final String CASE = "patronage.case";

    private final PatronageDatabase db;
    private final Guard guard;
    private final People people;
    private final AuditService audit;
    private final ReadJournal reads;
    @Activate
    public CaseGate(@Reference PatronageDatabase db, @Reference Guard guard, @Reference People people,
            @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.people = people;
        this.audit = audit;
        this.reads = new ReadJournal(audit, CASE);
    }

    public PatronageDatabase db() {
        return db;
    }

    public People people() {
        return people;
    }

    public AuditService audit() {
        return audit;
    }

    /** The caller, who must hold the permission to open the patronage views. */
    public Caller caller() {
        guard.require(PatronagePermissions.ACCESS);
        return people.who();
    }

    /** The caller, who must hold the permission. */
    public Caller caller(String permission) {
        guard.require(permission);
        return people.who();
    }

    /** Whether the caller keeps cases in general: the coordinator. */
    public boolean keeps(Caller who) {
        return CaseAccess.keeps(who, people.coordinates(who));
    }

    public CaseEntity find(EntityManager em, long caseId) {
        return ModuleDatabase.find(em, CaseEntity.class, caseId, CASE);
    }

    /** What the caller may do with the case. */
    public CaseAccess access(EntityManager em, Caller who, CaseEntity c) {
        return access(em, who, List.of(c.getId())).get(c.getId());
    }

    /** What the caller may do with each of the cases, read in three queries. */
    public Map<Long, CaseAccess> access(EntityManager em, Caller who, Collection<Long> caseIds) {
        Map<Long, CaseAccess> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        boolean coordinates = people.coordinates(who);
        Map<Long, Set<Long>> curators = new HashMap<>();
        Map<Long, Set<Long>> team = new HashMap<>();
        Map<Long, Set<Long>> specialists = new HashMap<>();
        if (who.staffId() != null) {
            var today = db.today();
            for (CuratorEntity c : em.createQuery("select c from CuratorEntity c where c.staffId = :s",
                    CuratorEntity.class).setParameter("s", who.staffId()).getResultList()) {
                if (c.hasCase(today)) {
                    curators.computeIfAbsent(c.getCaseId(), k -> new HashSet<>()).add(c.getStaffId());
                }
            }
            for (TeamMemberEntity m : em.createQuery("select m from TeamMemberEntity m where m.staffId = :s",
                    TeamMemberEntity.class).setParameter("s", who.staffId()).getResultList()) {
                if (m.servingOrComing(today)) {
                    team.computeIfAbsent(m.getCaseId(), k -> new HashSet<>()).add(m.getStaffId());
                }
            }
            for (AssignmentEntity a : em.createQuery("select a from AssignmentEntity a where a.staffId = :s",
                    AssignmentEntity.class).setParameter("s", who.staffId()).getResultList()) {
                specialists.computeIfAbsent(a.getCaseId(), k -> new HashSet<>()).add(a.getStaffId());
            }
        }
        for (Long id : caseIds) {
            result.put(id, CaseAccess.of(who, coordinates, curators.getOrDefault(id, Set.of()),
                    team.getOrDefault(id, Set.of()), specialists.getOrDefault(id, Set.of())));
        }
        return result;
    }

    /** The case, if the caller may read it; a refusal is journaled and thrown. */
    public CaseEntity requireRead(EntityManager em, Caller who, long caseId) {
        return require(em, who, caseId, CaseAccess::canRead, "read", PatronagePermissions.READ_ALL);
    }

    /** The case, if the caller keeps it (the coordinator); a refusal is journaled and thrown. */
    public CaseEntity requireKeep(EntityManager em, Caller who, long caseId) {
        return require(em, who, caseId, CaseAccess::canKeep, "keep", PatronagePermissions.COORDINATE);
    }

    /** The case, if the caller may keep its plan (keepers and curators). */
    public CaseEntity requirePlan(EntityManager em, Caller who, long caseId) {
        return require(em, who, caseId, CaseAccess::canPlan, "plan", PatronagePermissions.WORK);
    }

    /** The case, if the caller may log contacts on it (keepers, curators, micro-team). */
    public CaseEntity requireContacts(EntityManager em, Caller who, long caseId) {
        return require(em, who, caseId, CaseAccess::canLogContacts, "contacts", PatronagePermissions.WORK);
    }

    private CaseEntity require(EntityManager em, Caller who, long caseId, Predicate<CaseAccess> allowed,
            String attempt, String permission) {
        CaseEntity c = find(em, caseId);
        if (!allowed.test(access(em, who, c))) {
            throw refused(caseId, attempt, permission);
        }
        return c;
    }

    /** Journals the refused attempt and returns the exception to throw. */
    public AccessDeniedException refused(long caseId, String attempt, String permission) {
        audit.record(AuditEvent.refused(CASE, caseId, attempt));
        return new AccessDeniedException(permission);
    }

    /**
     * Journals a read of the case's records. The reads one person makes of one case within
     * {@link ReadJournal#WINDOW} (opening the case page reads its header, curators, plan, contacts … one after the
     * other) are one entry.
     */
    public void read(long caseId) {
        reads.read(people.login(), caseId, db.now());
    }
}
