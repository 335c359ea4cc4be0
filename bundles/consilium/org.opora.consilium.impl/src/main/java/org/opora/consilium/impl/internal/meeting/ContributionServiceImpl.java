package org.opora.consilium.impl.internal.meeting;

import java.util.List;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ParentInvitationEntity;
import org.opora.consilium.impl.internal.model.PresentationEntity;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What others contribute to a pupil's item: the parents invited (regulation 002: "parents are invited to the
 * consilium") and the specialists' presentations prepared before the meeting.
 */
@Component
public class ContributionServiceImpl implements ContributionService {

    static final String INVITATION = "consilium.invitation";
    static final String PRESENTATION = "consilium.presentation";

    private final MeetingContext ctx;

    @Activate
    public ContributionServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
    }

    @Override
    public ParentInvitation inviteParent(long itemId, ParentInvitationDraft draft) {
        Caller who = ctx.caller();
        FieldChecks.present("invitedOn", draft);
        long pupilId = ctx.db.read(em -> ctx.item(em, itemId).getPupilId());
        // every objection of the dialog at once: the day, the representative or the name and relation typed
        Objections o = new Objections();
        o.check(() -> {
            FieldChecks.notFuture("invitedOn", draft.invitedOn(), ctx.db.today());
            FieldChecks.within("invitedOn", draft.invitedOn(), FieldChecks.firstSchoolDay(ctx.db.today()),
                    ctx.db.today());
        });
        Representative rep = draft.representativeId() == null ? null : o.value(() -> ctx.people
                .representatives(pupilId).stream().filter(r -> r.id() == draft.representativeId()).findFirst()
                .orElseThrow(() -> new ValidationException("representativeId", "consilium.error.notInList")));
        String name = rep != null ? rep.fullName() : draft.representativeId() != null ? ""
                : o.value(() -> FieldChecks.required("name", draft.name(), 300));
        String relation = rep != null ? rep.relation()
                : o.value(() -> FieldChecks.maxLength("relation", draft.relation(), 40));
        o.refuseAny();
        ParentInvitation invited = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            MeetingEntity m = keep(em, who, item.getMeetingId());
            if (draft.invitedOn().isAfter(m.getDate())) {
                throw new ValidationException("invitedOn", "consilium.error.invitedAfterMeeting");
            }
            if (rep != null && !em.createQuery("select x.id from ParentInvitationEntity x where x.itemId = :i"
                    + " and x.representativeId = :r", Long.class).setParameter("i", itemId)
                    .setParameter("r", rep.id()).getResultList().isEmpty()) {
                throw new ValidationException("representativeId", "consilium.error.invitation.duplicate", name);
            }
            ParentInvitationEntity x = new ParentInvitationEntity(itemId, rep == null ? null : rep.id(), name,
                    relation, draft.invitedOn());
            em.persist(x);
            em.flush();
            return x.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, INVITATION, done.id(), "item " + itemId));
        return invited;
    }

    @Override
    public ParentInvitation setParentAttendance(long invitationId, Attendance attendance) {
        Caller who = ctx.caller();
        FieldChecks.present("attendance", attendance);
        ParentInvitation changed = ctx.db.write(em -> {
            ParentInvitationEntity x = ConsiliumDatabase.find(em, ParentInvitationEntity.class, invitationId,
                    INVITATION);
            keep(em, who, ctx.item(em, x.getItemId()).getMeetingId());
            x.setAttendance(attendance);
            em.flush();
            return x.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, INVITATION, invitationId, "attendance"));
        return changed;
    }

    @Override
    public void removeInvitation(long invitationId) {
        Caller who = ctx.caller();
        ctx.db.write(em -> {
            ParentInvitationEntity x = ConsiliumDatabase.find(em, ParentInvitationEntity.class, invitationId,
                    INVITATION);
            keep(em, who, ctx.item(em, x.getItemId()).getMeetingId());
            em.remove(x);
            return null;
        }, ctx.audit, done -> ctx.changed(AuditAction.DELETE, INVITATION, invitationId, ""));
    }

    @Override
    public Presentation requestPresentation(long itemId, long staffId) {
        Caller who = ctx.caller();
        StaffMember staff = ctx.people.staff("staffId", staffId);
        Presentation requested = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            keep(em, who, item.getMeetingId());
            if (!em.createQuery("select p.id from PresentationEntity p where p.itemId = :i and p.staffId = :s",
                    Long.class).setParameter("i", itemId).setParameter("s", staffId).getResultList().isEmpty()) {
                throw new ValidationException("staffId", "consilium.error.presentation.duplicate",
                        staff.name().full());
            }
            PresentationEntity p = new PresentationEntity(itemId, staffId, staff.name().full(), staff.position());
            em.persist(p);
            em.flush();
            return p.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, PRESENTATION, done.id(), "item " + itemId));
        return requested;
    }

    /** The specialist asked writes it, or who keeps the meeting. */
    @Override
    public Presentation submitPresentation(long presentationId, long version, String text) {
        Caller who = ctx.caller();
        String body = FieldChecks.required("text", text, Checks.LONG_TEXT);
        Presentation submitted = ctx.db.write(em -> {
            PresentationEntity p = ConsiliumDatabase.find(em, PresentationEntity.class, presentationId,
                    PRESENTATION);
            MeetingEntity m = ctx.meeting(em, ctx.item(em, p.getItemId()).getMeetingId());
            boolean own = who.staffId() != null && who.staffId() == p.getStaffId();
            if (!own && !ctx.access(em, who, m).canKeep()) {
                throw new AccessDeniedException(ConsiliumPermissions.MEETING_MANAGE);
            }
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(p.getVersion(), version);
            p.submit(body, ctx.db.now(), who.login());
            em.flush();
            return p.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, PRESENTATION, presentationId, "submitted"));
        return submitted;
    }

    @Override
    public void removePresentation(long presentationId) {
        Caller who = ctx.caller();
        ctx.db.write(em -> {
            PresentationEntity p = ConsiliumDatabase.find(em, PresentationEntity.class, presentationId,
                    PRESENTATION);
            keep(em, who, ctx.item(em, p.getItemId()).getMeetingId());
            if (p.getSubmittedAt() != null) {
                throw new ValidationException("", "consilium.error.presentation.submitted");
            }
            em.remove(p);
            return null;
        }, ctx.audit, done -> ctx.changed(AuditAction.DELETE, PRESENTATION, presentationId, ""));
    }

    @Override
    public List<PresentationRequest> myPendingPresentations() {
        Caller who = ctx.caller();
        if (who.staffId() == null) {
            return List.of();
        }
        return ctx.db.read(em -> em.createQuery("select p, i, m from PresentationEntity p, AgendaItemEntity i,"
                + " MeetingEntity m where p.itemId = i.id and i.meetingId = m.id and p.staffId = :s"
                + " and p.submittedAt is null and m.status = :prep order by m.date, i.position",
                Object[].class).setParameter("s", who.staffId())
                .setParameter("prep", MeetingStatus.PREPARATION).getResultList().stream()
                .map(ContributionServiceImpl::request).toList());
    }

    private static PresentationRequest request(Object[] row) {
        PresentationEntity p = (PresentationEntity) row[0];
        AgendaItemEntity i = (AgendaItemEntity) row[1];
        MeetingEntity m = (MeetingEntity) row[2];
        return new PresentationRequest(p.toRecord(), m.getId(), m.getNumber(), m.getDate(),
                m.getPresentationsDue(), i.getPupilName(), i.getClassName());
    }

    private MeetingEntity keep(jakarta.persistence.EntityManager em, Caller who, long meetingId) {
        MeetingEntity m = ctx.requireKeep(em, who, meetingId);
        FinalisedProtocol.requireChangeable(m.getStatus());
        return m;
    }
}
