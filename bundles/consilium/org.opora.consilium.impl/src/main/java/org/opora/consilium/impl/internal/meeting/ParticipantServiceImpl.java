package org.opora.consilium.impl.internal.meeting;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ParticipantEntity;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The participants of a meeting (regulation 002: class teachers, teachers, social pedagogues, psychologists, other
 * participants by agreement, and specialists of other bodies of prevention when needed).
 */
@Component
public class ParticipantServiceImpl implements ParticipantService {

    static final String RECORD = "consilium.participant";

    private final MeetingContext ctx;

    @Activate
    public ParticipantServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
    }

    @Override
    public List<Participant> participants(long meetingId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> {
            ctx.requireRead(em, who, meetingId);
            return em.createQuery("select p from ParticipantEntity p where p.meetingId = :m order by p.id",
                    ParticipantEntity.class).setParameter("m", meetingId).getResultList().stream()
                    .map(ParticipantEntity::toRecord).toList();
        });
    }

    @Override
    public Participant addParticipant(long meetingId, ParticipantDraft draft) {
        Caller who = ctx.caller();
        FieldChecks.present("staffId", draft);
        StaffMember staff = draft.staffId() == null ? null : ctx.people.staff("staffId", draft.staffId());
        ParticipantEntity entity = staff != null
                ? new ParticipantEntity(meetingId, staff.id(), staff.name().full(), staff.position(), "",
                        staff.specialistTypes())
                : external(meetingId, draft);
        Participant added = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            if (staff != null && isParticipant(em, meetingId, staff.id())) {
                throw new ValidationException("staffId", "consilium.error.participant.duplicate",
                        staff.name().full());
            }
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, "participant added"));
        return added;
    }

    /** Longest name, position and organisation of a specialist from outside the school. */
    static final int EXTERNAL_TEXT = 300;

    /** A specialist from outside the school: every objection of the dialog at once, each on its field. */
    private static ParticipantEntity external(long meetingId, ParticipantDraft d) {
        Objections o = new Objections();
        String name = o.value(() -> FieldChecks.required("name", d.name(), EXTERNAL_TEXT));
        String position = o.value(() -> FieldChecks.required("position", d.position(), EXTERNAL_TEXT));
        String organisation = o.value(() -> FieldChecks.required("organisation", d.organisation(), EXTERNAL_TEXT));
        o.refuseAny();
        return new ParticipantEntity(meetingId, null, name, position, organisation, List.of());
    }

    static boolean isParticipant(EntityManager em, long meetingId, long staffId) {
        return !em.createQuery("select p.id from ParticipantEntity p where p.meetingId = :m and p.staffId = :s",
                Long.class).setParameter("m", meetingId).setParameter("s", staffId).getResultList().isEmpty();
    }

    @Override
    public Participant setAttendance(long participantId, boolean attended) {
        return change(participantId, false, attended);
    }

    @Override
    public void removeParticipant(long participantId) {
        change(participantId, true, null);
    }

    private Participant change(long participantId, boolean remove, Boolean attended) {
        Caller who = ctx.caller();
        Participant result = ctx.db.write(em -> {
            ParticipantEntity p = ConsiliumDatabase.find(em, ParticipantEntity.class, participantId, RECORD);
            MeetingEntity m = ctx.requireKeep(em, who, p.getMeetingId());
            FinalisedProtocol.requireChangeable(m.getStatus());
            if (remove) {
                em.remove(p);
                return null;
            }
            p.setAttended(attended);
            em.flush();
            return p.toRecord();
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, RECORD, participantId, remove ? "removed" : "attendance"));
        return result;
    }
}
