package org.opora.consilium.impl.internal.meeting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.link.ProtocolListener;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Amendment;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.AmendmentEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ParticipantEntity;
import org.opora.consilium.impl.internal.model.ReferralEntity;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.rules.ProtocolReadiness;
import org.opora.consilium.impl.internal.rules.ReferralFlow;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The protocol: the collegial conclusion, what is missing before it can be finalised, finalising it (referrals on
 * the agenda become discussed, installed modules are told through the {@link ProtocolListener}s by the
 * {@link ProtocolOutbox}, written in the same transaction) and amendments of a finalised protocol with a reason; and the meetings that discussed a pupil.
 */
@Component
public class ProtocolServiceImpl implements ProtocolService {


    private final MeetingContext ctx;
    private final ReferenceLists coreLists;
    private final Discussions discussions;
    private final ProtocolOutbox outbox;

    @Activate
    public ProtocolServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit,
            @Reference ReferenceLists coreLists, @Reference ProtocolOutbox outbox) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
        this.coreLists = coreLists;
        this.discussions = new Discussions(ctx);
        this.outbox = outbox;
    }

    @Override
    public Meeting recordConclusion(long meetingId, long version, String conclusion) {
        Caller who = ctx.caller();
        String text = FieldChecks.maxLength("conclusion", conclusion, Checks.LONG_TEXT);
        Meeting recorded = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(m.getVersion(), version);
            m.setConclusion(text);
            em.flush();
            return m.toRecord(ctx.itemCount(em, meetingId));
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, "conclusion"));
        return recorded;
    }

    @Override
    public List<Shortfall> shortfalls(long meetingId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> shortfalls(em, ctx.requireRead(em, who, meetingId), who.locale()));
    }

    private List<Shortfall> shortfalls(EntityManager em, MeetingEntity m, Locale locale) {
        List<AgendaItemEntity> items = AgendaRecords.items(em, m.getId());
        Map<Long, Integer> invited = new HashMap<>();
        for (AgendaItem i : AgendaRecords.records(em, items)) {
            invited.put(i.id(), i.parents().size());
        }
        Set<String> types = new HashSet<>();
        for (ParticipantEntity p : em.createQuery("select p from ParticipantEntity p where p.meetingId = :m"
                + " and p.staffId is not null", ParticipantEntity.class).setParameter("m", m.getId())
                .getResultList()) {
            if (!Boolean.FALSE.equals(p.getAttended())) {
                types.addAll(p.getSpecialistTypes());
            }
        }
        List<ProtocolReadiness.Item> parts = items.stream().map(i -> part(i, invited.getOrDefault(i.getId(), 0)))
                .toList();
        Map<String, String> labels = new HashMap<>();
        for (ListItem t : coreLists.items(ReferenceList.SPECIALIST_TYPES, locale)) {
            labels.put(t.code(), t.label());
        }
        return new ProtocolReadiness(ctx.rules.parentsMustBeInvited(), ctx.rules.requiredTypes(),
                code -> labels.getOrDefault(code, code))
                .shortfalls(new ProtocolReadiness.Protocol(m.getChairId(), m.getSecretaryId(), m.getDate(),
                        m.getConclusion(), parts, types), ctx.db.today());
    }

    private static ProtocolReadiness.Item part(AgendaItemEntity i, int invitedParents) {
        Outcome o = i.outcome();
        return new ProtocolReadiness.Item(i.getPupilName(), o.decisions(), o.curatorId(), o.externalReferral(),
                o.reviewBy(), invitedParents);
    }

    @Override
    public Meeting finalise(long meetingId, long version) {
        Caller who = ctx.caller();
        long[] row = new long[1];
        Meeting finalised = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(m.getVersion(), version);
            ProtocolReadiness.requireNone(shortfalls(em, m, who.locale()));
            m.finalise(ctx.db.now(), who.name());
            for (ReferralEntity r : em.createQuery("select r from ReferralEntity r where r.meetingId = :m"
                    + " and r.status = :s", ReferralEntity.class).setParameter("m", meetingId)
                    .setParameter("s", ReferralStatus.SCHEDULED).getResultList()) {
                ReferralFlow.require(r.getStatus(), ReferralStatus.DISCUSSED);
                r.setStatus(ReferralStatus.DISCUSSED);
            }
            em.flush();
            row[0] = outbox.record(em, meetingId, null, who.login());
            return m.toRecord(AgendaRecords.items(em, meetingId).size());
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, "finalised"));
        outbox.deliver(row[0]);
        return finalised;
    }

    @Override
    public Meeting amendConclusion(long meetingId, long version, String conclusion, String reason) {
        Caller who = ctx.caller();
        // every objection of the dialog at once: the new conclusion and the reason
        Objections o = new Objections();
        String text = o.value(() -> FieldChecks.required("conclusion", conclusion, Checks.LONG_TEXT));
        String why = o.value(() -> FinalisedProtocol.reason(reason));
        o.refuseAny();
        long[] row = new long[1];
        Meeting amended = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireFinalised(m.getStatus());
            ConsiliumDatabase.expectVersion(m.getVersion(), version);
            String change = FinalisedProtocol.conclusionChange(m.getConclusion(), text);
            m.setConclusion(text);
            em.persist(new AmendmentEntity(meetingId, null, ctx.db.now(), who.login(), who.name(), why, change));
            em.flush();
            row[0] = outbox.record(em, meetingId, null, who.login());
            return m.toRecord(AgendaRecords.items(em, meetingId).size());
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.MEETING, meetingId, "amendment"));
        outbox.deliver(row[0]);
        return amended;
    }

    @Override
    public AgendaItem amendOutcome(long itemId, long version, Outcome outcome, String reason) {
        Caller who = ctx.caller();
        FieldChecks.present("decisions", outcome);
        Outcome o = MeetingChecks.clean(outcome);
        long[] row = new long[1];
        AgendaItem amended = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            MeetingEntity m = ctx.requireKeep(em, who, item.getMeetingId());
            FinalisedProtocol.requireFinalised(m.getStatus());
            // every objection of the dialog at once: the outcome's fields and the reason
            Objections x = new Objections();
            String curator = x.value(() -> MeetingChecks.outcome(o, m.getDate(), ctx.lists, ctx.people));
            String why = x.value(() -> FinalisedProtocol.reason(reason));
            x.refuseAny();
            ProtocolReadiness.requireNone(ProtocolReadiness.outcomeShortfalls(new ProtocolReadiness.Item(
                    item.getPupilName(), o.decisions(), o.curatorId(), o.externalReferral(), o.reviewBy(), 1),
                    m.getDate()));
            ConsiliumDatabase.expectVersion(item.getVersion(), version);
            String change = FinalisedProtocol.outcomeChange(item.outcome(), o);
            item.record(o, curator);
            em.persist(new AmendmentEntity(m.getId(), itemId, ctx.db.now(), who.login(), who.name(), why, change));
            em.flush();
            row[0] = outbox.record(em, m.getId(), itemId, who.login());
            return AgendaRecords.record(em, item);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.ITEM, itemId, "amendment"));
        outbox.deliver(row[0]);
        return amended;
    }

    @Override
    public List<Amendment> amendments(long meetingId) {
        Caller who = ctx.caller();
        return ctx.db.read(em -> {
            ctx.requireRead(em, who, meetingId);
            return em.createQuery("select a from AmendmentEntity a where a.meetingId = :m order by a.amendedAt, a.id",
                    AmendmentEntity.class).setParameter("m", meetingId).getResultList().stream()
                    .map(AmendmentEntity::toRecord).toList();
        });
    }

    @Override
    public List<PupilDiscussion> discussionsOf(long pupilId) {
        return discussions.of(pupilId);
    }
}
