package org.opora.programmes.impl.internal.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.LockModeType;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.PupilSnapshot;
import org.opora.programmes.impl.internal.rules.ProgrammeKind;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.opora.programmes.impl.internal.support.Steps;

/**
 * Drafting a programme and saving its content. The pupil's data are taken from the core when the programme is
 * created and kept as written. Content changes only before approval — in {@code DRAFT}, {@code
 * DISCUSSED_WITH_PARENTS} and {@code CONSENT_REFUSED}, the last going back to {@code DRAFT} — and only by the curator
 * or whoever drafted it; after approval a change is a new revision ({@link Revisions}). The curator is the consilium
 * chair's appointment ({@code CuratorRule}): {@link #appoint} for the chair, who need not keep the programme.
 */
final class ProgrammeEditing {

    /** The states in which the content may be saved in place. */
    /** The step that records the chair's appointment of the curator (the curator's name as whom it names). */
    static final String CURATOR_APPOINTED = "CURATOR_APPOINTED";

    static final Set<ProgrammeState> EDITABLE = EnumSet.of(ProgrammeState.DRAFT,
            ProgrammeState.DISCUSSED_WITH_PARENTS, ProgrammeState.CONSENT_REFUSED);

    private final ProgrammeContext ctx;

    ProgrammeEditing(ProgrammeContext ctx) {
        this.ctx = ctx;
    }

    Programme create(ProgrammeDraft draft) {
        Caller who = ctx.caller();
        if (!who.allows(ProgrammesPermissions.DRAFT)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        ctx.rules.variants().require(ProgrammeKind.PROGRAMME);
        LocalDate today = ctx.db.today();
        ProgrammeDraft d = ProgrammeChecks.clean(draft, ctx.lists, today);
        Pupil pupil = ctx.people.pupil("pupilId", d.pupilId());
        StaffMember curator = curator(d.curatorId());
        periodOnSave(d);
        appointing(who, d.curatorId() != null, today, d);
        PupilSnapshot snapshot = ctx.people.snapshot(pupil);
        Instant now = ctx.db.now();
        Programme created = ctx.db.write(em -> {
            ProgrammeEntity p = new ProgrammeEntity(snapshot, who.login(), now);
            p.write(d);
            curate(p, curator);
            em.persist(p);
            em.flush();
            TaskSync.apply(em, p.getId(), d.tasks());
            ctx.step(em, p, Steps.of(who, ProgrammeState.DRAFT.name(), today, now, ""));
            em.flush();
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, ProgrammeContext.PROGRAMME, done.id(), ""));
        return created;
    }

    Programme update(long programmeId, long version, ProgrammeDraft draft) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        ProgrammeDraft d = ProgrammeChecks.clean(draft, ctx.lists, today);
        StaffMember curator = curator(d.curatorId());
        periodOnSave(d);
        Programme updated = ctx.db.write(em -> {
            ProgrammeEntity p = ctx.requireKeep(em, who, programmeId);
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            // the tasks are the programme's content too: a new version even when only they change. Taken before
            // anything is written, since EclipseLink drops a forced increment asked for after a flush
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (!EDITABLE.contains(p.getState())) {
                throw new ValidationException("", "programmes.error.notEditable");
            }
            samePupil(p, d);
            appointing(who, !Objects.equals(p.getCuratorId(), d.curatorId()), today, d);
            p.write(d);
            curate(p, curator);
            TaskSync.apply(em, programmeId, d.tasks());
            ctx.rules.activityPeriod().require(p.getStartDate(), p.getEndDate(),
                    ProgrammeRuleChecks.activities(ProgrammeRecords.rows(em, programmeId)));
            if (p.getState() == ProgrammeState.CONSENT_REFUSED) {
                p.setState(ProgrammeState.DRAFT);
                ctx.step(em, p, Steps.of(who, ProgrammeState.DRAFT.name(), today, ctx.db.now(), ""));
            }
            em.flush();
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "content"));
        return updated;
    }

    /**
     * The consilium's chair appoints the curator (002): the chair (or the system) sets or changes the curator; the
     * curator the draft carries is otherwise the one already appointed.
     */
    Programme appoint(long programmeId, long version, long curatorId) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        StaffMember curator = ctx.people.staff("curatorId", curatorId);
        if (!mayAppoint(who, today)) {
            throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
        }
        return ctx.db.write(em -> {
            ProgrammeEntity p = ctx.programme(em, programmeId);
            if (!ProgrammeAccess.canKeep(who, p) && !appoints(who)) {
                throw new AccessDeniedException(ProgrammesPermissions.DRAFT);
            }
            ProgrammesDatabase.expectVersion(p.getVersion(), version);
            if (p.getState().isFinal()) {
                throw new ValidationException("curatorId", "programmes.error.curatorFinal");
            }
            if (!Objects.equals(p.getCuratorId(), curator.id())) {
                curate(p, curator);
                ctx.step(em, p, Steps.by(who, CURATOR_APPOINTED, today, curator.name().full(), ctx.db.now(), ""));
            }
            em.flush();
            return ProgrammeRecords.record(em, p);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, ProgrammeContext.PROGRAMME, programmeId, "curator"));
    }

    /**
     * Whether the caller may set the curator today: the consilium's chair or the system; anybody who keeps the
     * programme while nobody chairs the consilium in the system (no consilium module, no chair recorded).
     */
    boolean mayAppoint(Caller who, LocalDate today) {
        return appoints(who) || ctx.people.consiliumChair(today).isEmpty();
    }

    /** Whether the caller may set this programme's curator: {@link #mayAppoint(Caller, LocalDate)} and keeps it. */
    boolean mayAppoint(long programmeId) {
        Caller who = ctx.caller();
        LocalDate today = ctx.db.today();
        return ctx.db.read(em -> {
            ProgrammeEntity p = ctx.programme(em, programmeId);
            return !p.getState().isFinal() && (appoints(who)
                    || ProgrammeAccess.canKeep(who, p) && mayAppoint(who, today));
        });
    }

    private static boolean appoints(Caller who) {
        return who.isSystem() || who.holds(BodyRoleMeaning.CHAIR);
    }

    /**
     * A curator set by the draft: by the chair or the system, or the one the chair appointed at the meeting whose
     * protocol the draft cites.
     */
    void appointing(Caller who, boolean changes, LocalDate today, ProgrammeDraft d) {
        if (changes) {
            boolean appointed = appoints(who) || d.curatorId() != null
                    && d.curatorId().equals(ctx.people.protocolCurator(d.pupilId(), d.protocol()));
            ctx.rules.curator().requireAppointment(true, ctx.people.consiliumChair(today).isPresent(), appointed);
        }
    }

    /** The pupil of a programme is fixed when it is drafted. */
    static void samePupil(ProgrammeEntity p, ProgrammeDraft d) {
        if (d.pupilId() != p.getPupilId()) {
            throw new ValidationException("pupilId", "programmes.error.pupilFixed");
        }
    }

    /** The period is checked against the minimum duration as soon as both ends are written. */
    void periodOnSave(ProgrammeDraft d) {
        if (d.start() != null && d.end() != null) {
            ctx.rules.duration().require(d.start(), d.end(), d.riskCategory(), ctx.people.graduation(d.pupilId()));
        }
    }

    /** The curator chosen in the form (an active staff member), or {@code null}. */
    StaffMember curator(Long staffId) {
        return staffId == null ? null : ctx.people.staff("curatorId", staffId);
    }

    static void curate(ProgrammeEntity p, StaffMember curator) {
        if (curator == null) {
            p.curator(null, "");
        } else {
            p.curator(curator.id(), curator.name().full());
        }
    }
}
