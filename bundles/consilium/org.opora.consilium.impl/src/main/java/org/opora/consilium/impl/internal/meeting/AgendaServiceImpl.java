package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.model.ParticipantEntity;
import org.opora.consilium.impl.internal.model.PresentationEntity;
import org.opora.consilium.impl.internal.model.ReferralEntity;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.rules.ReferralFlow;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The agenda of a meeting: the pupils proposed ({@link Proposals}, with what every registered {@link AgendaSource}
 * proposes, optional and dynamic), pupils put on it (with the class teacher invited and the specialists asked for
 * their presentations, regulation 002: "specialists prepare information about the pupil"), taken off, reordered,
 * and the outcome recorded for each.
 */
@Component
public class AgendaServiceImpl implements AgendaService {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<AgendaSource> sources;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    private final MeetingContext ctx;
    private final Proposals proposals;

    @Activate
    public AgendaServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference AuditService audit) {
        this.ctx = new MeetingContext(db, people, rules, lists, audit);
        this.proposals = new Proposals(ctx, () -> sources == null ? List.of() : sources, () -> translator);
    }

    /** Longest note of an item and reference to what proposed it. */
    static final int NOTE = 500;
    static final int SOURCE_REF = 200;

    @Override
    public List<AgendaProposal> proposals(LocalDate day) {
        return proposals.proposals(day);
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        Caller who = ctx.caller();
        List<AgendaItem> agenda = ctx.db.read(em -> {
            ctx.requireRead(em, who, meetingId);
            return AgendaRecords.records(em, AgendaRecords.items(em, meetingId));
        });
        ctx.read(MeetingContext.MEETING, meetingId);
        return agenda;
    }

    @Override
    public AgendaItem item(long itemId) {
        Caller who = ctx.caller();
        AgendaItem item = ctx.db.read(em -> {
            AgendaItemEntity i = ctx.item(em, itemId);
            ctx.requireRead(em, who, i.getMeetingId());
            return AgendaRecords.record(em, i);
        });
        ctx.read(MeetingContext.ITEM, itemId);
        return item;
    }

    @Override
    public AgendaItem addItem(long meetingId, AgendaProposal proposal) {
        Caller who = ctx.caller();
        FieldChecks.present("pupilId", proposal);
        // every objection at once, each on its field
        Objections o = new Objections();
        Pupil pupil = o.value(() -> ctx.people.pupil("pupilId", proposal.pupilId()));
        String note = o.value(() -> FieldChecks.maxLength("note", proposal.note(), NOTE));
        String sourceRef = o.value(() -> FieldChecks.maxLength("sourceRef", proposal.sourceRef(), SOURCE_REF));
        if (proposal.reason() == AgendaReason.REFERRAL) {
            o.check(() -> FieldChecks.present("referralId", proposal.referralId()));
        }
        o.refuseAny();
        Optional<StaffMember> classTeacher = ctx.rules.inviteClassTeacher() && pupil.classTeacherId() != null
                ? ctx.people.findStaff(pupil.classTeacherId()).filter(StaffMember::active) : Optional.empty();
        AgendaItem added = ctx.db.write(em -> {
            MeetingEntity m = ctx.requireKeep(em, who, meetingId);
            FinalisedProtocol.requireChangeable(m.getStatus());
            if (!em.createQuery("select i.id from AgendaItemEntity i where i.meetingId = :m and i.pupilId = :p",
                    Long.class).setParameter("m", meetingId).setParameter("p", pupil.id()).getResultList()
                    .isEmpty()) {
                throw new ValidationException("pupilId", "consilium.error.item.duplicate", pupil.name().full());
            }
            ReferralEntity referral = proposal.reason() == AgendaReason.REFERRAL
                    ? schedule(em, m, proposal.referralId(), pupil.id()) : null;
            AgendaItemEntity item = new AgendaItemEntity(meetingId, ctx.itemCount(em, meetingId) + 1, pupil.id(),
                    pupil.name().full(), pupil.className(), pupil.birthDate(), proposal.reason(),
                    referral == null ? null : referral.getId(), sourceRef, note);
            em.persist(item);
            em.flush();
            classTeacher.filter(t -> !ParticipantServiceImpl.isParticipant(em, meetingId, t.id()))
                    .ifPresent(t -> em.persist(new ParticipantEntity(meetingId, t.id(), t.name().full(),
                            t.position(), "", t.specialistTypes())));
            for (StaffMember s : presenters(em, meetingId, classTeacher, referral).values()) {
                em.persist(new PresentationEntity(item.getId(), s.id(), s.name().full(), s.position()));
            }
            em.flush();
            return AgendaRecords.record(em, item);
        }, ctx.audit, done -> ctx.changed(AuditAction.CREATE, MeetingContext.ITEM, done.id(), "meeting " + meetingId));
        return added;
    }

    private static ReferralEntity schedule(EntityManager em, MeetingEntity m, Long referralId, long pupilId) {
        ReferralEntity r = em.find(ReferralEntity.class, referralId);
        if (r == null) {
            throw new ValidationException("referralId", "consilium.error.notInList");
        }
        if (r.getPupilId() != pupilId) {
            throw new ValidationException("referralId", "consilium.error.referral.otherPupil");
        }
        ReferralFlow.require(r.getStatus(), ReferralStatus.SCHEDULED);
        r.schedule(m.getId(), m.getNumber(), m.getDate());
        return r;
    }

    /** The class teacher, the participants of the presentation types and the referral's examiner, once each. */
    private Map<Long, StaffMember> presenters(EntityManager em, long meetingId, Optional<StaffMember> classTeacher,
            ReferralEntity referral) {
        Map<Long, StaffMember> presenters = new LinkedHashMap<>();
        classTeacher.ifPresent(t -> presenters.put(t.id(), t));
        List<String> types = ctx.rules.presentationTypes();
        List<Long> ids = new ArrayList<>();
        for (ParticipantEntity p : em.createQuery("select p from ParticipantEntity p where p.meetingId = :m"
                + " and p.staffId is not null order by p.id", ParticipantEntity.class).setParameter("m", meetingId)
                .getResultList()) {
            if (p.getSpecialistTypes().stream().anyMatch(types::contains)) {
                ids.add(p.getStaffId());
            }
        }
        if (referral != null && referral.getExaminerId() != null) {
            ids.add(referral.getExaminerId());
        }
        for (Long id : ids) {
            if (!presenters.containsKey(id)) {
                ctx.people.findStaff(id).filter(StaffMember::active).ifPresent(s -> presenters.put(id, s));
            }
        }
        return presenters;
    }

    @Override
    public void removeItem(long itemId) {
        Caller who = ctx.caller();
        long meetingId = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            MeetingEntity m = ctx.requireKeep(em, who, item.getMeetingId());
            FinalisedProtocol.requireChangeable(m.getStatus());
            em.createQuery("delete from PresentationEntity p where p.itemId = :i").setParameter("i", itemId)
                    .executeUpdate();
            em.createQuery("delete from ParentInvitationEntity x where x.itemId = :i").setParameter("i", itemId)
                    .executeUpdate();
            if (item.getReferralId() != null) {
                ReferralEntity r = em.find(ReferralEntity.class, item.getReferralId());
                if (r != null && r.getStatus() == ReferralStatus.SCHEDULED) {
                    ReferralFlow.require(r.getStatus(), ReferralStatus.CONFIRMED);
                    r.unschedule();
                }
            }
            em.remove(item);
            em.flush();
            renumber(AgendaRecords.items(em, m.getId()));
            return m.getId();
        }, ctx.audit, done -> ctx.changed(AuditAction.DELETE, MeetingContext.ITEM, itemId, "meeting " + done));
    }

    @Override
    public List<AgendaItem> moveItem(long itemId, int position) {
        Caller who = ctx.caller();
        List<AgendaItem> agenda = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            MeetingEntity m = ctx.requireKeep(em, who, item.getMeetingId());
            FinalisedProtocol.requireChangeable(m.getStatus());
            List<AgendaItemEntity> items = new ArrayList<>(AgendaRecords.items(em, m.getId()));
            if (position < 1 || position > items.size()) {
                throw new ValidationException("position", "consilium.error.position", items.size());
            }
            items.remove(item);
            items.add(position - 1, item);
            renumber(items);
            em.flush();
            return AgendaRecords.records(em, items);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.ITEM, itemId, "position " + position));
        return agenda;
    }

    private static void renumber(List<AgendaItemEntity> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getPosition() != i + 1) {
                items.get(i).setPosition(i + 1);
            }
        }
    }

    @Override
    public AgendaItem recordOutcome(long itemId, long version, Outcome outcome) {
        Caller who = ctx.caller();
        FieldChecks.present("decisions", outcome);
        Outcome o = MeetingChecks.clean(outcome);
        AgendaItem recorded = ctx.db.write(em -> {
            AgendaItemEntity item = ctx.item(em, itemId);
            MeetingEntity m = ctx.requireKeep(em, who, item.getMeetingId());
            FinalisedProtocol.requireChangeable(m.getStatus());
            ConsiliumDatabase.expectVersion(item.getVersion(), version);
            String curator = MeetingChecks.outcome(o, m.getDate(), ctx.lists, ctx.people);
            item.record(o, curator);
            em.flush();
            return AgendaRecords.record(em, item);
        }, ctx.audit, done -> ctx.changed(AuditAction.UPDATE, MeetingContext.ITEM, itemId, "outcome"));
        return recorded;
    }
}
