package org.opora.consilium.impl.internal.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.rules.MeetingVisibility;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.support.Caller;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;

/**
 * What the meeting services share: the database, the caller, the rules and lists, the audit journal,
 * and the access check of {@link MeetingVisibility} with the facts it needs from the database.
 */
final class MeetingContext {

    static final String MEETING = "consilium.meeting";
    static final String ITEM = "consilium.item";

    final ConsiliumDatabase db;
    final People people;
    final ConsiliumRules rules;
    final ConsiliumLists lists;
    final AuditService audit;

    MeetingContext(ConsiliumDatabase db, People people, ConsiliumRules rules, ConsiliumLists lists,
            AuditService audit) {
        this.db = db;
        this.people = people;
        this.rules = rules;
        this.lists = lists;
        this.audit = audit;
    }

    /** The caller; {@link AccessDeniedException} without {@code consilium.access}. */
    Caller caller() {
        Caller who = people.who();
        if (!who.allows(ConsiliumPermissions.ACCESS)) {
            throw new AccessDeniedException(ConsiliumPermissions.ACCESS);
        }
        return who;
    }

    MeetingEntity meeting(EntityManager em, long meetingId) {
        return ConsiliumDatabase.find(em, MeetingEntity.class, meetingId, MEETING);
    }

    AgendaItemEntity item(EntityManager em, long itemId) {
        return ConsiliumDatabase.find(em, AgendaItemEntity.class, itemId, ITEM);
    }

    MeetingAccess access(EntityManager em, Caller who, MeetingEntity m) {
        Long staffId = who.staffId();
        boolean participant = staffId != null && !em.createQuery("select p.id from ParticipantEntity p"
                + " where p.meetingId = :m and p.staffId = :s", Long.class).setParameter("m", m.getId())
                .setParameter("s", staffId).setMaxResults(1).getResultList().isEmpty();
        boolean presenter = staffId != null && !em.createQuery("select pr.id from PresentationEntity pr,"
                + " AgendaItemEntity i where pr.itemId = i.id and i.meetingId = :m and pr.staffId = :s", Long.class)
                .setParameter("m", m.getId()).setParameter("s", staffId).setMaxResults(1).getResultList().isEmpty();
        return access(who, m, participant, presenter);
    }

    MeetingAccess access(Caller who, MeetingEntity m, boolean participant, boolean presenter) {
        return MeetingVisibility.access(new MeetingVisibility.Facts(who.isSystem(),
                who.allows(ConsiliumPermissions.MEETING_MANAGE), who.allows(ConsiliumPermissions.MEETING_READ_ALL),
                who.staffId(), who.memberships(), m.getDate(), db.today(), m.getChairId(), m.getSecretaryId(),
                participant, presenter, who.roles()));
    }

    /** The ids of the meetings the caller takes part in or was asked to present at: two queries for a list. */
    Set<Long> involvement(EntityManager em, Caller who) {
        Set<Long> ids = new HashSet<>();
        if (who.staffId() == null) {
            return ids;
        }
        ids.addAll(em.createQuery("select p.meetingId from ParticipantEntity p where p.staffId = :s", Long.class)
                .setParameter("s", who.staffId()).getResultList());
        ids.addAll(em.createQuery("select i.meetingId from PresentationEntity pr, AgendaItemEntity i"
                + " where pr.itemId = i.id and pr.staffId = :s", Long.class).setParameter("s", who.staffId())
                .getResultList());
        return ids;
    }

    /** The meetings of a list the caller may read. */
    List<MeetingEntity> readable(EntityManager em, Caller who, List<MeetingEntity> meetings) {
        Set<Long> involved = involvement(em, who);
        return meetings.stream().filter(m -> access(who, m, involved.contains(m.getId()),
                involved.contains(m.getId())).canRead()).toList();
    }

    MeetingEntity requireRead(EntityManager em, Caller who, long meetingId) {
        MeetingEntity m = meeting(em, meetingId);
        if (!access(em, who, m).canRead()) {
            throw new AccessDeniedException(ConsiliumPermissions.MEETING_READ_ALL);
        }
        return m;
    }

    MeetingEntity requireKeep(EntityManager em, Caller who, long meetingId) {
        MeetingEntity m = meeting(em, meetingId);
        if (!access(em, who, m).canKeep()) {
            throw new AccessDeniedException(ConsiliumPermissions.MEETING_MANAGE);
        }
        return m;
    }

    int itemCount(EntityManager em, long meetingId) {
        return em.createQuery("select count(i) from AgendaItemEntity i where i.meetingId = :m", Long.class)
                .setParameter("m", meetingId).getSingleResult().intValue();
    }

    void read(String recordType, Object id) {
        audit.record(AuditEvent.read(recordType, id));
    }

    /** The journal entry of a change, written in the change's transaction ({@code db.write(work, audit, …)}). */
    AuditEvent changed(AuditAction action, String recordType, Object id, String summary) {
        return new AuditEvent(action, recordType, String.valueOf(id), summary);
    }
}
