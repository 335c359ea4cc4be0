package org.opora.programmes.impl.internal.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.impl.internal.model.PlanRowEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.rules.ChangeAfterApprovalRule;
import org.opora.programmes.impl.internal.rules.ProgrammeKind;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.States;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * The review decisions that continue a programme as a new revision (regulation 002: the consilium held on the
 * results decides to continue or to change it). An extension carries the content, the consent and the plan rows
 * not yet done into a revision in progress until the new end; a change writes the changed content into a revision
 * that is discussed with the parents, consented to and approved again, with the curator's agreement recorded
 * ({@code ChangeAfterApprovalRule}). The previous revision is kept as it was, marked extended or changed.
 */
final class Revisions {

    /** The step on a new revision that records the curator's agreement to the change. */
    static final String AGREED = "AGREED";

    private final ProgrammeContext ctx;
    private final ProgrammeEditing editing;

    Revisions(ProgrammeContext ctx, ProgrammeEditing editing) {
        this.ctx = ctx;
        this.editing = editing;
    }

    Programme extend(long programmeId, long version, ProtocolCitation decision, LocalDate newEnd) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        ProtocolCitation d = ProgrammeChecks.protocol("decision", FieldChecks.present("decision", decision), today);
        FieldChecks.present("newEnd", newEnd);
        Instant now = ctx.db.now();
        Programme next = ctx.db.write(em -> {
            ProgrammeEntity old = decidable(em, who, programmeId, version);
            if (old.getEndDate() != null && !newEnd.isAfter(old.getEndDate())) {
                throw new ValidationException("newEnd", "programmes.error.extendNotLater",
                        FieldChecks.day(old.getEndDate()));
            }
            ctx.transition(em, who, old, ProgrammeState.EXTENDED, Steps.fixed(who, ProgrammeState.EXTENDED.name(),
                    d.date(), now, "", d.number(), d.date()));
            ProgrammeEntity e = old.nextRevision(ProgrammeState.IN_PROGRESS, now);
            e.setEndDate(newEnd);
            e.protocol(d.number(), d.date(), d.itemId());
            Consent consent = old.getConsent();
            if (consent != null) {
                e.consent(consent);
            }
            em.persist(e);
            em.flush();
            TaskSync.copy(em, old.getId(), e.getId(), TaskSync.continued(em, old.getId()), notDone(em, old));
            em.flush();
            ProgrammeRuleChecks.content(ctx.rules, em, e, ctx.people.graduation(e.getPupilId()));
            ctx.step(em, e, Steps.fixed(who, ProgrammeState.IN_PROGRESS.name(), d.date(), now, "", d.number(),
                    d.date()));
            ProgrammesDatabase.journal(em, ctx.audit,
                    ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "extended"));
            return ProgrammeRecords.record(em, e);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, ProgrammeContext.PROGRAMME, done.id(),
                "revision " + done.revision()));
        return next;
    }

    Programme change(long programmeId, long version, ProgrammeDraft draft, String curatorAgreement) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        String agreement = FieldChecks.required("curatorAgreement", curatorAgreement, Checks.LONG_TEXT);
        ProgrammeDraft d = ProgrammeChecks.clean(draft, ctx.lists, today);
        StaffMember curator = editing.curator(d.curatorId());
        editing.periodOnSave(d);
        Instant now = ctx.db.now();
        Programme next = ctx.db.write(em -> {
            ProgrammeEntity old = ctx.requireKeep(em, who, programmeId);
            ProgrammesDatabase.expectVersion(old.getVersion(), version);
            ProgrammeEditing.samePupil(old, d);
            if (!old.getState().approved()) {
                throw new ValidationException("", "programmes.error.changeBeforeApproval");
            }
            ctx.rules.changes().require(ProgrammeKind.PROGRAMME, old.getState(),
                    new ChangeAfterApprovalRule.Change(old.getCuratorId(), today, null));
            ctx.transition(em, who, old, ProgrammeState.CHANGED,
                    Steps.of(who, ProgrammeState.CHANGED.name(), today, now, agreement));
            ProgrammeEntity c = old.nextRevision(ProgrammeState.DISCUSSED_WITH_PARENTS, now);
            c.write(d);
            ProgrammeEditing.curate(c, curator);
            em.persist(c);
            em.flush();
            TaskSync.copy(em, old.getId(), c.getId(), d.tasks(), notDone(em, old));
            em.flush();
            ctx.rules.activityPeriod().require(c.getStartDate(), c.getEndDate(),
                    ProgrammeRuleChecks.activities(ProgrammeRecords.rows(em, c.getId())));
            ctx.step(em, c, Steps.by(who, AGREED, today, old.getCuratorName(), now, agreement));
            ctx.step(em, c, Steps.of(who, ProgrammeState.DISCUSSED_WITH_PARENTS.name(), today, now, ""));
            ProgrammesDatabase.journal(em, ctx.audit,
                    ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "changed"));
            return ProgrammeRecords.record(em, c);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, ProgrammeContext.PROGRAMME, done.id(),
                "revision " + done.revision()));
        return next;
    }

    /** The programme, if the caller may record its review decision and saw its current version. */
    ProgrammeEntity decidable(EntityManager em, Caller who, long programmeId, long version) {
        ProgrammeEntity p = ctx.programme(em, programmeId);
        if (!ProgrammeAccess.canDecide(who, p)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        ProgrammesDatabase.expectVersion(p.getVersion(), version);
        return p;
    }

    private static List<PlanRowEntity> notDone(EntityManager em, ProgrammeEntity p) {
        return ProgrammeRecords.rows(em, p.getId()).stream().filter(r -> !r.isDone()).toList();
    }
}
