package org.opora.programmes.impl.internal.programme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.core.support.ReadJournal;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.Step;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.States;

/**
 * What the programme services and their parts share: the database, the caller, the rules and lists, the audit
 * journal, the access checks of {@link ProgrammeAccess} with the facts they need from the database, and the
 * lifecycle's moves with the states named in the caller's language.
 */
final class ProgrammeContext {

    static final String PROGRAMME = "programmes.programme";
    static final String ROW = "programmes.plan-row";

    final ProgrammesDatabase db;
    final People people;
    final ProgrammeRules rules;
    final ProgrammeLists lists;
    final AuditService audit;
    private final Supplier<Translator> translator;
    private final Map<String, ReadJournal> journals = new ConcurrentHashMap<>();

    /** A context that names states by their keys (for a service that moves no programme through the lifecycle). */
    ProgrammeContext(ProgrammesDatabase db, People people, ProgrammeRules rules, ProgrammeLists lists,
            AuditService audit) {
        this(db, people, rules, lists, audit, () -> null);
    }

    /** @param translator the translator of the states' names while there is one, else {@code null} */
    ProgrammeContext(ProgrammesDatabase db, People people, ProgrammeRules rules, ProgrammeLists lists,
            AuditService audit, Supplier<Translator> translator) {
        this.db = db;
        this.people = people;
        this.rules = rules;
        this.lists = lists;
        this.audit = audit;
        this.translator = translator;
    }

    /** The caller; {@link AccessDeniedException} without {@code programmes.access}. */
    Caller caller() {
        Caller who = people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS)) {
            throw new AccessDeniedException(ProgrammesPermissions.ACCESS);
        }
        return who;
    }

    /** The caller of a list: {@code programmes.access} or {@code programmes.existence}. */
    Caller lister() {
        Caller who = people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS) && !who.allows(ProgrammesPermissions.EXISTENCE)) {
            throw new AccessDeniedException(ProgrammesPermissions.ACCESS);
        }
        return who;
    }

    ProgrammeEntity programme(EntityManager em, long programmeId) {
        return ProgrammesDatabase.find(em, ProgrammeEntity.class, programmeId, PROGRAMME);
    }

    PlanRowEntity row(EntityManager em, long rowId) {
        return ProgrammesDatabase.find(em, PlanRowEntity.class, rowId, ROW);
    }

    /** Whether the caller is responsible for one of the programme's plan rows. */
    boolean responsible(EntityManager em, Caller who, long programmeId) {
        Long staffId = who.staffId();
        return staffId != null && !em.createQuery("select r.id from PlanRowEntity r"
                + " where r.programmeId = :p and r.responsibleId = :s", Long.class).setParameter("p", programmeId)
                .setParameter("s", staffId).setMaxResults(1).getResultList().isEmpty();
    }

    boolean canRead(EntityManager em, Caller who, ProgrammeEntity p) {
        return ProgrammeAccess.canRead(who, p, responsible(em, who, p.getId())) || approver(who, p);
    }

    /**
     * Whether the caller reads the programme as a holder of a role of the school's approval chain: from the draft's
     * discussion with the parents on, so that whoever agrees or approves reads what they sign.
     */
    boolean approver(Caller who, ProgrammeEntity p) {
        return p.getState() != ProgrammeState.DRAFT && ChainSteps.holdsAny(who, rules.programmeChain());
    }

    /** The programme's approval chain with the steps recorded on it. */
    ChainSteps chain(EntityManager em, ProgrammeEntity p) {
        return new ChainSteps(rules.programmeChain(), em.createQuery("select s from StepEntity s"
                + " where s.programmeId = :p order by s.id", StepEntity.class).setParameter("p", p.getId())
                .getResultList());
    }

    /** Refused naming both states unless the lifecycle allows the programme to move to the state. */
    void requireMove(Caller who, ProgrammeEntity p, ProgrammeState to) {
        rules.lifecycle().require(p.getState(), to, States.labels(translator.get(), who.locale()));
    }

    /** The programme, if the caller may read its content; {@link AccessDeniedException} otherwise. */
    ProgrammeEntity requireRead(EntityManager em, Caller who, long programmeId) {
        ProgrammeEntity p = programme(em, programmeId);
        if (!canRead(em, who, p)) {
            throw new AccessDeniedException(ProgrammesPermissions.READ_ALL);
        }
        return p;
    }

    /** The programme, if the caller keeps it (curator, drafter); {@link AccessDeniedException} otherwise. */
    ProgrammeEntity requireKeep(EntityManager em, Caller who, long programmeId) {
        ProgrammeEntity p = programme(em, programmeId);
        if (!ProgrammeAccess.canKeep(who, p)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        return p;
    }

    /** Moves the programme to the state if the lifecycle allows it, and records the step. */
    void transition(EntityManager em, Caller who, ProgrammeEntity p, ProgrammeState to, Step step) {
        transition(em, who, p, to, StepEntity.ofProgramme(p.getId(), step));
    }

    /** Moves the programme as the method above does, the step given whole (one taken in a role of the chain). */
    void transition(EntityManager em, Caller who, ProgrammeEntity p, ProgrammeState to, StepEntity step) {
        requireMove(who, p, to);
        p.setState(to);
        em.persist(step);
        em.flush();
    }

    /**
     * Records the step at once: steps recorded in the same moment (the curator's agreement and the discussion of a
     * changed revision) are read back in the order of their ids, and the database gives ids only as rows are
     * written, which EclipseLink does in no particular order for the rows of one flush.
     */
    void step(EntityManager em, ProgrammeEntity p, Step step) {
        em.persist(StepEntity.ofProgramme(p.getId(), step));
        em.flush();
    }

    /**
     * Journals a read of the record: the reads one person makes of one programme within {@link ReadJournal#WINDOW}
     * (the programme page reads its header, observations and plan one after the other) are one entry.
     */
    void read(String recordType, Object id) {
        journals.computeIfAbsent(recordType, type -> new ReadJournal(audit, type)).read(people.login(), id,
                db.now());
    }

    /** The journal entry of a change, written in the change's transaction ({@code db.write(work, audit, …)}). */
    AuditEvent changed(AuditAction action, String recordType, Object id, String summary) {
        return new AuditEvent(action, recordType, String.valueOf(id), summary);
    }
}
