package org.opora.consilium.impl.internal.link;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.link.ConsiliumLink;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.consilium.impl.internal.rules.MeetingVisibility;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finalised protocols as other modules cite them (the IPS form of regulation 002: "consilium protocol (number,
 * date)"). Reads are checked like the meetings ({@link MeetingVisibility}) and audited.
 */
@Component
public class ConsiliumLinkImpl implements ConsiliumLink {

    static final String RECORD = "consilium.protocol";
    private static final String FALLBACK_CITATION = "No. {0} of {1}";

    private final ConsiliumDatabase db;
    private final People people;
    private final AuditService audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    @Activate
    public ConsiliumLinkImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference AuditService audit) {
        this.db = db;
        this.people = people;
        this.audit = audit;
    }

    @Override
    public List<ProtocolRef> protocolsFor(long pupilId) {
        List<ProtocolRef> refs = refs("i.pupilId = :v", pupilId);
        audit.record(AuditEvent.read("consilium.pupil-protocols", pupilId));
        return refs;
    }

    @Override
    public Optional<ProtocolRef> item(long itemId) {
        Caller who = people.who();
        Optional<ProtocolRef> ref = db.read(em -> {
            AgendaItemEntity i = em.find(AgendaItemEntity.class, itemId);
            MeetingEntity m = i == null ? null : em.find(MeetingEntity.class, i.getMeetingId());
            if (m == null || m.getStatus() != MeetingStatus.FINALISED) {
                return Optional.<ProtocolRef>empty();
            }
            if (!readable(em, who, m, involvement(em, who))) {
                throw new AccessDeniedException(ConsiliumPermissions.MEETING_READ_ALL);
            }
            return Optional.of(i.toRef(m));
        });
        ref.ifPresent(r -> audit.record(AuditEvent.read(RECORD, r.itemId())));
        return ref;
    }

    @Override
    public List<ProtocolRef> decisionsFor(String sourceRef) {
        if (sourceRef == null || sourceRef.isBlank()) {
            return List.of();
        }
        List<ProtocolRef> refs = refs("i.sourceRef = :v", sourceRef);
        refs.forEach(r -> audit.record(AuditEvent.read(RECORD, r.itemId())));
        return refs;
    }

    @Override
    public String citation(ProtocolRef ref, Locale locale) {
        Translator t = translator;
        String day = FieldChecks.day(ref.date());
        String text = t == null ? "" : t.translate("consilium.link.citation", locale, ref.number(), day);
        return text.isEmpty() || text.equals("consilium.link.citation")
                ? MessageFormat.format(FALLBACK_CITATION, ref.number(), day) : text;
    }

    /** The finalised parts matching the condition that the caller may read, newest first. */
    private List<ProtocolRef> refs(String condition, Object value) {
        Caller who = people.who();
        return db.read(em -> {
            Set<Long> involved = involvement(em, who);
            List<ProtocolRef> refs = new ArrayList<>();
            for (Object[] row : em.createQuery("select i, m from AgendaItemEntity i, MeetingEntity m"
                    + " where i.meetingId = m.id and m.status = :f and " + condition
                    + " order by m.date desc, m.id desc, i.position", Object[].class)
                    .setParameter("f", MeetingStatus.FINALISED).setParameter("v", value).getResultList()) {
                MeetingEntity m = (MeetingEntity) row[1];
                if (readable(em, who, m, involved)) {
                    refs.add(((AgendaItemEntity) row[0]).toRef(m));
                }
            }
            return refs;
        });
    }

    private boolean readable(EntityManager em, Caller who, MeetingEntity m, Set<Long> involved) {
        boolean in = involved.contains(m.getId());
        return MeetingVisibility.access(new MeetingVisibility.Facts(who.isSystem(),
                who.allows(ConsiliumPermissions.MEETING_MANAGE), who.allows(ConsiliumPermissions.MEETING_READ_ALL),
                who.staffId(), who.memberships(), m.getDate(), db.today(), m.getChairId(), m.getSecretaryId(), in,
                in, who.roles())).canRead();
    }

    private static Set<Long> involvement(EntityManager em, Caller who) {
        if (who.staffId() == null) {
            return Set.of();
        }
        Set<Long> ids = new java.util.HashSet<>(em.createQuery("select p.meetingId from ParticipantEntity p"
                + " where p.staffId = :s", Long.class).setParameter("s", who.staffId()).getResultList());
        ids.addAll(em.createQuery("select i.meetingId from PresentationEntity pr, AgendaItemEntity i"
                + " where pr.itemId = i.id and pr.staffId = :s", Long.class).setParameter("s", who.staffId())
                .getResultList());
        return ids;
    }
}
