package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.MeetingRequest;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.rules.ConsentRule;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.Steps;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The lifecycle of a programme (regulation 002): the curator introduces the draft to the parents, the parents
 * consent or refuse, the roles of the school's approval chain agree and approve (by default the director approves:
 * the "approved" block), support starts, the programme goes to the
 * consilium for review and is closed by its decision, or continues as a new revision ({@link Revisions}); the
 * consilium's own decision arrives through {@link ReviewDecisions}. Each move is allowed by {@code Lifecycle}
 * (its refusal names the states in the caller's language while a translator is there), checks the period rules,
 * and is recorded as a step with who and when.
 */
@Component
public class ProgrammeLifecycleImpl implements ProgrammeLifecycle {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    /** The steps of the family's answer on passing information on (the latest stands). */
    static final String SHARING_CONSENT = "SHARING_CONSENT";
    static final String SHARING_REFUSED = "SHARING_REFUSED";
    /** Longest record of the parents' proposals on the draft. */
    static final int PROPOSALS = 2000;

    private final ProgrammeContext ctx;
    private final Revisions revisions;
    private final ReviewDecisions decisions;
    private final MeetingRequests requests;

    private final ApprovalRoles roles;

    @Activate
    public ProgrammeLifecycleImpl(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit,
            @Reference ApprovalRoles roles) {
        this.roles = roles;
        this.ctx = new ProgrammeContext(db, people, rules, lists, audit, () -> translator);
        this.revisions = new Revisions(ctx, new ProgrammeEditing(ctx));
        this.decisions = new ReviewDecisions(ctx, revisions);
        this.requests = new MeetingRequests(ctx);
    }

    @Override
    public Programme discussedWithParents(long programmeId, long version, LocalDate on) {
        return discussedWithParents(programmeId, version, on, "");
    }

    @Override
    public Programme discussedWithParents(long programmeId, long version, LocalDate on, String proposals) {
        Caller who = ctx.caller();
        FieldChecks.all(() -> FieldChecks.notFuture("on", on, ctx.db.today()),
                () -> FieldChecks.maxLength("proposals", proposals, PROPOSALS));
        String words = FieldChecks.maxLength("proposals", proposals, PROPOSALS);
        return keep(who, programmeId, version, "discussed", (em, p) -> {
            ProgrammeRuleChecks.content(ctx.rules, em, p, ctx.people.graduation(p.getPupilId()));
            ctx.transition(em, who, p, ProgrammeState.DISCUSSED_WITH_PARENTS,
                    Steps.of(who, ProgrammeState.DISCUSSED_WITH_PARENTS.name(), on, ctx.db.now(), words));
        });
    }

    /** Longest note of the parents' answer, e.g. the reason of a refusal. */
    static final int CONSENT_NOTE = 1000;

    /**
     * The parents' answer: every objection of the dialog at once (the day not in the future nor more than 50 years
     * back, who answered, the note), then the day not before the draft was discussed with them and, for a consent,
     * not after the programme's first day ({@code ConsentRule}).
     */
    @Override
    public Programme recordConsent(long programmeId, long version, Consent consent) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.present("consent", consent);
        Objections o = new Objections();
        o.check(() -> FieldChecks.notFuture("consentDate", consent.date(), today));
        String representative = o.value(() -> FieldChecks.required("consentBy", consent.representative(),
                Checks.SHORT_TEXT));
        String note = o.value(() -> FieldChecks.maxLength("note", consent.note(), CONSENT_NOTE));
        o.refuseAny();
        Consent c = new Consent(consent.given(), consent.date(), representative, note);
        ProgrammeState to = c.given() ? ProgrammeState.CONSENT_GIVEN : ProgrammeState.CONSENT_REFUSED;
        return keep(who, programmeId, version, to.name().toLowerCase(Locale.ROOT), (em, p) -> {
            Checks.notBefore("consentDate", c.date(), discussed(em, p));
            if (c.given()) {
                ctx.rules.consent().require(new ConsentRule.Answer(true, c.date(), representative),
                        p.getStartDate(), today);
            }
            ctx.transition(em, who, p, to, Steps.by(who, to.name(), c.date(), representative, ctx.db.now(), note));
            p.consent(c);
        });
    }

    /** The day the draft was last discussed with the parents, or {@code null} when it was not. */
    private static LocalDate discussed(EntityManager em, ProgrammeEntity p) {
        LocalDate day = null;
        for (Step s : ProgrammeRecords.steps(em, p.getId())) {
            if (ProgrammeState.DISCUSSED_WITH_PARENTS.name().equals(s.kind())) {
                day = s.date();
            }
        }
        return day;
    }

    @Override
    public Programme recordSharingConsent(long programmeId, long version, Consent consent) {
        Caller who = ctx.caller();
        FieldChecks.present("consent", consent);
        FieldChecks.all(() -> FieldChecks.notFuture("consentDate", consent.date(), ctx.db.today()),
                () -> FieldChecks.required("consentBy", consent.representative(), Checks.SHORT_TEXT),
                () -> {
                    if (consent.given()) {
                        FieldChecks.required("note", consent.note(), 1000);
                    } else {
                        FieldChecks.maxLength("note", consent.note(), 1000);
                    }
                });
        String kind = consent.given() ? SHARING_CONSENT : SHARING_REFUSED;
        return keep(who, programmeId, version, kind.toLowerCase(Locale.ROOT), (em, p) -> {
            if (p.getState().isFinal()) {
                throw new ValidationException("", "programmes.error.sharing.final");
            }
            ctx.step(em, p, Steps.by(who, kind, consent.date(), consent.representative().strip(), ctx.db.now(),
                    consent.note().strip()));
        });
    }

    /** The approval by a holder of the chain's approving role, once every agreement of the chain is taken. */
    @Override
    public Programme approve(long programmeId, long version, LocalDate on) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.notFuture("on", on, today);
        return change(who, programmeId, version, "approved", (em, p) -> {
            ChainSteps chain = ctx.chain(em, p);
            ChainStep step = chain.require(who, ChainStep.Kind.APPROVE, roles);
            Consent consent = p.getConsent();
            Checks.notBefore("on", on, consent == null ? null : consent.date());
            Checks.notBefore("on", on, chain.lastAgreedOn());
            ProgrammeRuleChecks.approval(ctx.rules, em, p, today, ctx.people.graduation(p.getPupilId()));
            String position = roles.position(step);
            ctx.transition(em, who, p, ProgrammeState.APPROVED, StepEntity.ofProgramme(p.getId(),
                    Steps.of(who, ProgrammeState.APPROVED.name(), on, ctx.db.now(), position))
                    .inRole(step.role(), position));
        });
    }

    /** An agreement of the chain by a holder of its next step's role, where the programme may be approved. */
    @Override
    public Programme agree(long programmeId, long version, LocalDate on) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.notFuture("on", on, today);
        return change(who, programmeId, version, "agreed", (em, p) -> {
            ChainSteps chain = ctx.chain(em, p);
            ChainStep step = chain.require(who, ChainStep.Kind.AGREE, roles);
            ctx.requireMove(who, p, ProgrammeState.APPROVED);
            Consent consent = p.getConsent();
            Checks.notBefore("on", on, consent == null ? null : consent.date());
            Checks.notBefore("on", on, chain.lastAgreedOn());
            ProgrammeRuleChecks.approval(ctx.rules, em, p, today, ctx.people.graduation(p.getPupilId()));
            String position = roles.position(step);
            em.persist(StepEntity.ofProgramme(p.getId(), Steps.of(who, ChainSteps.AGREED, on, ctx.db.now(),
                    position)).inRole(step.role(), position));
            em.flush();
        });
    }

    @Override
    public List<ApprovalStep> approvals(long programmeId) {
        Caller who = ctx.caller();
        List<ApprovalStep> steps = ctx.db.read(em -> {
            ProgrammeEntity p = ctx.requireRead(em, who, programmeId);
            return ctx.chain(em, p).status(roles, !p.getState().approved());
        });
        ctx.read(ProgrammeContext.PROGRAMME, programmeId);
        return steps;
    }

    @Override
    public Programme start(long programmeId, long version, LocalDate on) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        FieldChecks.present("on", on);
        return keep(who, programmeId, version, "started", (em, p) -> {
            Checks.notBefore("on", on, approvedOn(em, p));
            ProgrammeRuleChecks.consent(ctx.rules, p, today);
            ProgrammeRuleChecks.content(ctx.rules, em, p, ctx.people.graduation(p.getPupilId()));
            ctx.transition(em, who, p, ProgrammeState.IN_PROGRESS,
                    Steps.of(who, ProgrammeState.IN_PROGRESS.name(), on, ctx.db.now(), ""));
        });
    }

    @Override
    public Programme toReview(long programmeId, long version, LocalDate on) {
        Caller who = ctx.caller();
        FieldChecks.notFuture("on", on, ctx.db.today());
        return keep(who, programmeId, version, "review", (em, p) -> ctx.transition(em, who, p,
                ProgrammeState.REVIEW, Steps.of(who, ProgrammeState.REVIEW.name(), on, ctx.db.now(), "")));
    }

    /** Closes by the review decision; a refused programme may be closed without one. */
    @Override
    public Programme close(long programmeId, long version, ProtocolCitation decision, String result) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        ProtocolCitation d = ProgrammeChecks.protocol("decision", decision, today);
        String text = FieldChecks.maxLength("result", result, Checks.LONG_TEXT);
        Programme closed = ctx.db.write(em -> {
            ProgrammeEntity p = revisions.decidable(em, who, programmeId, version);
            if (p.getState() != ProgrammeState.CONSENT_REFUSED) {
                FieldChecks.present("decision", d);
                FieldChecks.required("result", text, Checks.LONG_TEXT);
            }
            Step step = d == null ? Steps.of(who, ProgrammeState.CLOSED.name(), today, ctx.db.now(), text)
                    : Steps.fixed(who, ProgrammeState.CLOSED.name(), d.date(), ctx.db.now(), text, d.number(),
                            d.date());
            ctx.transition(em, who, p, ProgrammeState.CLOSED, step);
            em.flush();
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "closed"));
        return closed;
    }

    @Override
    public Programme extend(long programmeId, long version, ProtocolCitation decision, LocalDate newEnd) {
        return revisions.extend(programmeId, version, decision, newEnd);
    }

    @Override
    public Programme change(long programmeId, long version, ProgrammeDraft draft, String curatorAgreement) {
        return revisions.change(programmeId, version, draft, curatorAgreement);
    }

    @Override
    public Programme reviewDecided(long programmeId, ProtocolCitation protocol, String decision, String text) {
        return decisions.decided(programmeId, protocol, decision, text);
    }

    @Override
    public Programme requestMeeting(long programmeId, long version, String reason) {
        return requests.request(programmeId, version, reason);
    }

    @Override
    public List<MeetingRequest> meetingRequests() {
        return requests.open();
    }

    @Override
    public void meetingHeld(long programmeId, ProtocolCitation protocol) {
        requests.held(programmeId, protocol);
    }

    private static LocalDate approvedOn(EntityManager em, ProgrammeEntity p) {
        List<LocalDate> days = em.createQuery("select s.date from StepEntity s where s.programmeId = :p"
                + " and s.kind = :k order by s.id desc", LocalDate.class).setParameter("p", p.getId())
                .setParameter("k", ProgrammeState.APPROVED.name()).setMaxResults(1).getResultList();
        return days.isEmpty() ? null : days.get(0);
    }

    /** A move by the curator or whoever drafted the programme. */
    private Programme keep(Caller who, long programmeId, long version, String summary, Move move) {
        return change(who, programmeId, version, summary, p -> ProgrammeAccess.canKeep(who, p), move);
    }

    /** A move by a holder of the permission the caller was already checked for. */
    private Programme change(Caller who, long programmeId, long version, String summary, Move move) {
        return change(who, programmeId, version, summary, p -> true, move);
    }

    private Programme change(Caller who, long programmeId, long version, String summary,
            Predicate<ProgrammeEntity> allowed, Move move) {
        Programme changed = ctx.db.write(em -> {
            ProgrammeEntity p = ctx.programme(em, programmeId);
            if (!allowed.test(p)) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            move.apply(em, p);
            em.flush();
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, summary));
        return changed;
    }

    /** One move of the lifecycle on the programme, inside the transaction. */
    @FunctionalInterface
    private interface Move {

        void apply(EntityManager em, ProgrammeEntity p);
    }
}
