package org.opora.teachersupport.impl.internal.conclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.RecordWriter;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.security.AccessDeniedException;
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
 * planned forms of help and problems. The signed conclusion is then approved by a holder of the approving role of
 * the school's chain {@code conclusionApprovalChain} (by default the deputy director), recorded as taken.
 */
@Component(service = ConclusionService.class)
public class ConclusionServiceImpl implements ConclusionService {

    static final int TEXT = 4000;
    static final int SHORT = 2000;

    private final RecordGate gate;
    private final RecordWriter<SupportRecordEntity> records;
    private final RecordWriter<ProblemEntity> problems;
    private final ApprovalRoles roles;

    @Activate
    public ConclusionServiceImpl(@Reference RecordGate gate, @Reference ApprovalRoles roles) {
        this.gate = gate;
        this.roles = roles;
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
        // every text too long at once, each on its field
        Objections o = new Objections();
        String before = o.value(() -> FieldChecks.maxLength("before", draft.before(), TEXT));
        String after = o.value(() -> FieldChecks.maxLength("after", draft.after(), TEXT));
        String method = o.value(() -> FieldChecks.maxLength("method", draft.method(), SHORT));
        String conclusions = o.value(() -> FieldChecks.maxLength("conclusions", draft.conclusions(), TEXT));
        o.refuseAny();
        OutcomeDraft d = new OutcomeDraft(before, after, method, conclusions);
        return problems.update(problemId, version, (em, p) -> {
            gate.requireKeep(em, who, p.getRecordId()).requireNotConcluded();
            p.outcome(d);
        }, ProblemEntity::toOutcome, p -> "outcome");
    }

    @Override
    public Conclusion save(long recordId, long version, ConclusionDraft draft) {
        Caller who = gate.caller();
        // the conclusion's own rule and every text too long at once, each on its field
        Objections o = new Objections();
        o.check(() -> ConclusionRule.checkConsistent(draft));
        String notRemoved = o.value(() -> FieldChecks.maxLength("notRemoved", draft.notRemoved(), TEXT));
        String reasons = o.value(() -> FieldChecks.maxLength("reasons", draft.reasons(), TEXT));
        String development = o.value(() -> FieldChecks.maxLength("development", draft.development(), SHORT));
        String anotherRouteWhy = o.value(() -> FieldChecks.maxLength("anotherRouteWhy", draft.anotherRouteWhy(),
                SHORT));
        String effectiveWays = o.value(() -> FieldChecks.maxLength("effectiveWays", draft.effectiveWays(), TEXT));
        o.refuseAny();
        ConclusionDraft d = new ConclusionDraft(draft.verdict(), draft.removed(), notRemoved, reasons, draft.needs(),
                development, anotherRouteWhy, effectiveWays);
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

    @Override
    public ApprovalStep approval(long recordId) {
        Caller who = gate.caller();
        ApprovalStep step = gate.db().read(em -> approvalOf(gate.requireRead(em, who, recordId)));
        gate.read(recordId);
        return step;
    }

    /** The approval of the record's conclusion: as taken, or open with the role's holders today. */
    private ApprovalStep approvalOf(SupportRecordEntity r) {
        if (r.getApprovedOn() != null) {
            return ApprovalStep.taken(ChainStep.Kind.APPROVE, r.getApprovedRole(), r.getApprovedPosition(),
                    r.getApprovedBy(), r.getApprovedByName(), r.getApprovedOn());
        }
        ChainStep step = gate.rules().conclusionApprovalChain().approver();
        return ApprovalStep.open(step, roles.position(step), roles.holders(step.role()));
    }

    @Override
    public ApprovalStep approve(long recordId, long version, LocalDate approvedOn) {
        Caller who = gate.caller();
        ChainStep step = gate.rules().conclusionApprovalChain().approver();
        if (!gate.approves(who)) {
            gate.audit().record(AuditEvent.refused(RecordGate.RECORD, recordId, "approve"));
            throw new AccessDeniedException("role " + step.role());
        }
        FieldChecks.present("approvedOn", approvedOn);
        FieldChecks.notFuture("approvedOn", approvedOn, gate.db().today());
        String position = roles.position(step);
        records.update(recordId, version, (em, r) -> {
            if (r.getSignedOn() == null) {
                throw new ValidationException("approvedOn", "teachersupport.error.notSigned");
            }
            if (r.getApprovedOn() != null) {
                throw new ValidationException("approvedOn", "teachersupport.error.approved");
            }
            if (approvedOn.isBefore(r.getSignedOn())) {
                throw new ValidationException("approvedOn", "teachersupport.rule.approvedBeforeSigned",
                        FieldChecks.day(r.getSignedOn()));
            }
            r.approve(approvedOn, who.login(), who.name(), step.role(), position);
        }, SupportRecordEntity::getId, id -> "conclusion approved");
        return gate.db().read(em -> approvalOf(gate.find(em, recordId)));
    }

    @Override
    public List<Conclusion> awaitingApproval() {
        Caller who = gate.caller();
        if (!gate.approves(who)) {
            return List.of();
        }
        return gate.db().read(em -> em.createQuery("select r from SupportRecordEntity r where r.signedOn is not null"
                + " and r.approvedOn is null order by r.signedOn, r.id", SupportRecordEntity.class).getResultList()
                .stream().map(r -> conclusionOf(em, r)).toList());
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
