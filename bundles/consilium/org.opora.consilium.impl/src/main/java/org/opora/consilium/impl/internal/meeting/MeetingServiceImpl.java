package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingQuery;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ParticipantEntity;
import org.opora.consilium.impl.internal.model.ReferralEntity;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.rules.MeetingNumbering;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StructureService;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.persistence.DataAccessException;
import org.opora.platform.persistence.QueryFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Meetings as a whole: the list, the header, creation with the next number and the consilium's members as
 * participants, changes of the header and cancellation.
 */
@Component
public class MeetingServiceImpl implements MeetingService {

    private final MeetingContext ctx;
    private final StructureService structure;

    @Activate
    public MeetingServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit,
            @Reference StructureService structure) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
        this.structure = structure;
    }

    @Override
    public List<Meeting> find(MeetingQuery query, int offset, int limit) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> {
            List<MeetingEntity> readable = readable(em, who, query);
            List<MeetingEntity> page = readable.subList(Math.min(offset, readable.size()),
                    (int) Math.min((long) offset + limit, readable.size()));
            Map<Long, Integer> counts = counts(em, page);
            return page.stream().map(m -> m.toRecord(counts.getOrDefault(m.getId(), 0))).toList();
        });
    }

    @Override
    public int count(MeetingQuery query) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> readable(em, who, query).size());
    }

    private List<MeetingEntity> readable(EntityManager em, Caller who, MeetingQuery query) {
        MeetingQuery q = query == null ? MeetingQuery.all() : query;
        List<MeetingEntity> all = new QueryFilter().andIf(q.academicYear(), "m.academicYear = :y", "y")
                .andIf(q.status(), "m.status = :s", "s").andIf(q.kind(), "m.kind = :k", "k")
                .query(em, "select m from MeetingEntity m", " order by m.date desc, m.id desc", MeetingEntity.class)
                .getResultList();
        return ctx.readable(em, who, all);
    }

    private static Map<Long, Integer> counts(EntityManager em, List<MeetingEntity> page) {
        Map<Long, Integer> counts = new HashMap<>();
        if (page.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select i.meetingId, count(i) from AgendaItemEntity i"
                + " where i.meetingId in :ids group by i.meetingId", Object[].class)
                .setParameter("ids", page.stream().map(MeetingEntity::getId).toList()).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    @Override
    public MeetingAccess access(long meetingId) {
        Caller who = ctx.people.who();
        if (!who.allows(ConsiliumPermissions.ACCESS)) {
            return MeetingAccess.NONE;
        }
        return ctx.db.read(em -> {
            MeetingEntity m = em.find(MeetingEntity.class, meetingId);
            return m == null ? MeetingAccess.NONE : ctx.access(em, who, m);
        });
    }

    @Override
    public Meeting get(long meetingId) {
        Caller who = ctx.caller();
        Meeting m = ctx.db.read(em -> ctx.requireRead(em, who, meetingId).toRecord(ctx.itemCount(em, meetingId)));
        ctx.read(MeetingContext.MEETING, meetingId);
        return m;
    }

    /** Whether the caller may create (and prepare) a meeting on the day. */
    static boolean canCreate(Caller who, LocalDate day, LocalDate today) {
        return who.isSystem() || who.allows(ConsiliumPermissions.MEETING_MANAGE) || who.keeperOn(today)
                || who.keeperOn(day);
    }

    @Override
    public Meeting create(MeetingDraft draft) {
        Caller who = ctx.caller();
        MeetingDraft d = MeetingChecks.header(draft, ctx.lists, ctx.people, ctx.db.today());
        if (!canCreate(who, d.date(), ctx.db.today())) {
            throw new AccessDeniedException(ConsiliumPermissions.MEETING_MANAGE);
        }
        List<BodyMember> members = structure.members(ctx.rules.body(), d.date());
        Person chair = person("chairId", d.chairId(), members, BodyRoleMeaning.CHAIR);
        Person secretary = person("secretaryId", d.secretaryId(), members, BodyRoleMeaning.SECRETARY);
        List<StaffMember> participants = members.stream().map(m -> ctx.people.findStaff(m.staffId()))
                .flatMap(java.util.Optional::stream).toList();
        MeetingNumbering numbering = ctx.rules.numbering();
        Meeting created;
        try {
            created = insert(who, d, chair, secretary, participants, numbering);
        } catch (DataAccessException clash) {
            // two meetings created at once took the same number: the unique constraint refused one; number again
            created = insert(who, d, chair, secretary, participants, numbering);
        }
        return created;
    }

    @Override
    public void check(MeetingDraft draft) {
        ctx.caller();
        MeetingChecks.header(draft, ctx.lists, ctx.people, ctx.db.today());
    }

    private Meeting insert(Caller who, MeetingDraft d, Person chair, Person secretary, List<StaffMember> participants,
            MeetingNumbering numbering) {
        return ctx.db.write(em -> {
            int period = numbering.period(d.date());
            Integer highest = em.createQuery("select max(m.sequence) from MeetingEntity m"
                    + " where m.numberingPeriod = :p", Integer.class).setParameter("p", period).getSingleResult();
            int sequence = numbering.next(highest == null ? 0 : highest);
            MeetingEntity m = new MeetingEntity(period, sequence, numbering.format(sequence, d.date()), who.login());
            apply(m, d, chair, secretary);
            em.persist(m);
            em.flush();
            for (StaffMember s : participants) {
                em.persist(new ParticipantEntity(m.getId(), s.id(), s.name().full(), s.position(), "",
                        s.specialistTypes()));
            }
            return m.toRecord(0);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, MeetingContext.MEETING, done.id(), ""));
    }

    private void apply(MeetingEntity m, MeetingDraft d, Person chair, Person secretary) {
        m.apply(d.kind(), d.monitoring(), d.date(), d.time(), d.place(),
                AcademicYear.containing(d.date()).startYear(),
                d.date().minusDays(ctx.rules.presentationDaysBefore()));
        m.chair(chair.id(), chair.name());
        m.secretary(secretary.id(), secretary.name());
    }

    @Override
    public Meeting update(long meetingId, long version, MeetingDraft draft) {
        Caller who = ctx.caller();
        MeetingDraft d = MeetingChecks.header(draft, ctx.lists, ctx.people, ctx.db.today());
        List<BodyMember> members = structure.members(ctx.rules.body(), d.date());
        Person chair = person("chairId", d.chairId(), members, BodyRoleMeaning.CHAIR);
        Person secretary = person("secretaryId", d.secretaryId(), members, BodyRoleMeaning.SECRETARY);
        Meeting updated = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(m.getVersion(), version);
            apply(m, d, chair, secretary);
            em.flush();
            return m.toRecord(ctx.itemCount(em, meetingId));
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, ""));
        return updated;
    }

    @Override
    public Meeting cancel(long meetingId, long version, String reason) {
        Caller who = ctx.caller();
        String why = FieldChecks.required("reason", reason, 1000);
        Meeting cancelled = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(m.getVersion(), version);
            m.cancel(why);
            // the pupils of confirmed referrals wait for another meeting
            em.createQuery("select r from ReferralEntity r where r.meetingId = :m and r.status = :s",
                    ReferralEntity.class).setParameter("m", meetingId).setParameter("s", ReferralStatus.SCHEDULED)
                    .getResultList().forEach(ReferralEntity::unschedule);
            em.flush();
            return m.toRecord(ctx.itemCount(em, meetingId));
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, "cancelled"));
        return cancelled;
    }

    /** The chair or secretary: the one named, else the consilium's on the day, else nobody yet. */
    private Person person(String field, Long staffId, List<BodyMember> members, BodyRoleMeaning role) {
        if (staffId != null) {
            return new Person(staffId, ctx.people.staff(field, staffId).name().full());
        }
        return members.stream().filter(m -> ctx.people.roles().is(m.role(), role)).findFirst()
                .map(m -> new Person(m.staffId(), m.staffName())).orElse(new Person(null, ""));
    }

    /** A chair or secretary with their name. */
    private record Person(Long id, String name) {
    }
}
