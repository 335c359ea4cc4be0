package org.opora.teachersupport.impl.internal.conclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.RecordWriter;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.conclusion.OutcomeDraft;
import org.opora.teachersupport.api.conclusion.ProblemOutcome;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.impl.internal.model.ProblemEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.opora.teachersupport.impl.internal.record.SupportServiceImpl;
import org.opora.teachersupport.impl.internal.rules.ConclusionRule;
import org.opora.teachersupport.impl.internal.rules.DayRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The general conclusions of the support records (regulation 004, 5.3 and 5.4): the rows per problem are kept with
 * the problems, the answers with the record; signing checks {@link ConclusionRule}, concludes the record and, when
 * the teacher needs another route, opens the record of that route with the same teacher, lead, participants,
 * planned forms of help and problems.
 */
@Component(service = ConclusionService.class)
public class ConclusionServiceImpl implements ConclusionService {

    static final int TEXT = 4000;
    static final int SHORT = 2000;

    private final RecordGate gate;
    private final RecordWriter<SupportRecordEntity> records;
    private final RecordWriter<ProblemEntity> problems;

    @Activate
    public ConclusionServiceImpl(@Reference RecordGate gate) {
        this.gate = gate;
        this.records = new RecordWriter<>(gate.db(), gate.audit(), SupportRecordEntity.class, RecordGate.RECORD);
        this.problems = new RecordWriter<>(gate.db(), gate.audit(), ProblemEntity.class, SupportServiceImpl.PROBLEM);
    }

    @Override
    public Conclusion conclusion(long recordId) {
        Caller who = gate.caller();
        Conclusion c = gate.db().read(em -> conclusionOf(em, gate.requireRead(em, who, recordId)));
        gate.read(recordId);
        return c;
    }

    /** The conclusion of the record as written so far (for the service and the printed form). */
    public static Conclusion conclusionOf(EntityManager em, SupportRecordEntity r) {
        List<ProblemOutcome> outcomes = SupportServiceImpl.problemsOf(em, r.getId()).stream()
                .map(ProblemEntity::toOutcome).toList();
        ConclusionDraft d = r.conclusionDraft();
        List<String> missing = ConclusionRule.missing(outcomes, d).stream().map(ConclusionRule.Missing::key)
                .distinct().toList();
        return new Conclusion(r.getId(), r.getTeacherName(), r.getLeadName(), outcomes, d.verdict(), d.removed(),
                d.notRemoved(), d.reasons(), d.needs(), d.development(), d.anotherRouteWhy(), d.effectiveWays(),
                r.getSignedOn(), r.getSignedBy(), r.getNextId(), missing, r.getVersion());
    }

    @Override
    public ProblemOutcome saveOutcome(long problemId, long version, OutcomeDraft draft) {
        Caller who = gate.caller();
        OutcomeDraft d = new OutcomeDraft(FieldChecks.maxLength("before", draft.before(), TEXT),
                FieldChecks.maxLength("after", draft.after(), TEXT),
                FieldChecks.maxLength("method", draft.method(), SHORT),
                FieldChecks.maxLength("conclusions", draft.conclusions(), TEXT));
        return problems.update(problemId, version, (em, p) -> {
            gate.requireKeep(em, who, p.getRecordId()).requireNotConcluded();
            p.outcome(d);
        }, ProblemEntity::toOutcome, p -> "outcome");
    }

    @Override
    public Conclusion save(long recordId, long version, ConclusionDraft draft) {
        Caller who = gate.caller();
        ConclusionRule.checkConsistent(draft);
        ConclusionDraft d = new ConclusionDraft(draft.verdict(), draft.removed(),
                FieldChecks.maxLength("notRemoved", draft.notRemoved(), TEXT),
                FieldChecks.maxLength("reasons", draft.reasons(), TEXT), draft.needs(),
                FieldChecks.maxLength("development", draft.development(), SHORT),
                FieldChecks.maxLength("anotherRouteWhy", draft.anotherRouteWhy(), SHORT),
                FieldChecks.maxLength("effectiveWays", draft.effectiveWays(), TEXT));
        records.update(recordId, version, (em, r) -> {
            gate.requireKeep(em, who, recordId).requireNotConcluded();
            r.conclusion(d);
        }, SupportRecordEntity::getId, id -> "conclusion");
        return gate.db().read(em -> conclusionOf(em, gate.find(em, recordId)));
    }

    @Override
    public Conclusion sign(long recordId, long version, LocalDate signedOn) {
        Caller who = gate.caller();
        FieldChecks.notFuture("signedOn", signedOn, gate.db().today());
        AtomicReference<Long> next = new AtomicReference<>();
        records.update(recordId, version, (em, r) -> {
            gate.requireKeep(em, who, recordId).requireNotConcluded();
            DayRule.notBeforeDecision("signedOn", signedOn, r.getDecidedOn());
            List<ProblemOutcome> outcomes = SupportServiceImpl.problemsOf(em, recordId).stream()
                    .map(ProblemEntity::toOutcome).toList();
            ConclusionRule.requireComplete(outcomes, r.conclusionDraft());
            r.sign(signedOn, who.name());
            if (r.needs().contains(TeacherNeed.ANOTHER_ROUTE)) {
                next.set(anotherRoute(em, who, r, signedOn));
                r.continuedBy(next.get());
                ModuleDatabase.journal(em, gate.audit(), new AuditEvent(AuditAction.CREATE, RecordGate.RECORD,
                        String.valueOf(next.get()), "another route of " + recordId));
            }
        }, SupportRecordEntity::getId, id -> "signed");
        return gate.db().read(em -> conclusionOf(em, gate.find(em, recordId)));
    }

    /** Opens the record of another route for the teacher (5.4, item 6), linked to the concluded one. */
    private long anotherRoute(EntityManager em, Caller who, SupportRecordEntity from, LocalDate on) {
        SupportRecordEntity r = new SupportRecordEntity(from.getTeacherId(), who.name(), who.login(),
                gate.db().now());
        String note = from.conclusionDraft().anotherRouteWhy();
        r.describe(from.getTeacherName(), from.getTeacherPosition(), on, from.getLeadId(), from.getLeadName(),
                from.participants(), from.getPlannedForms(), note);
        r.follows(from.getId());
        em.persist(r);
        em.flush();
        for (ProblemEntity p : SupportServiceImpl.problemsOf(em, from.getId())) {
            ProblemEntity copy = new ProblemEntity(r.getId(), p.getPosition(), who.login(), gate.db().now());
            copy.describe(p.getDifficultyType(), p.getDescription());
            em.persist(copy);
            em.flush();
        }
        return r.getId();
    }
}
