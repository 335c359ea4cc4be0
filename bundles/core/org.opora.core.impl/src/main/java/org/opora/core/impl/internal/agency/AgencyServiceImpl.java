package org.opora.core.impl.internal.agency;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.model.AgencyEntity;
import org.opora.core.impl.internal.model.InteractionEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.opora.platform.persistence.QueryFilter;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.WorkDirections;

/** External agencies (000 §4.4) and the log of interactions with them. */
@Component
public class AgencyServiceImpl implements AgencyService {

    private static final String RECORD = "agency";
    private static final String INTERACTION = "interaction";

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreLists lists;
    private final AuditService audit;
    private final RecordWriter<AgencyEntity> agencies;
    private final RecordWriter<InteractionEntity> interactions;

    @Activate
    public AgencyServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreLists lists,
            @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.lists = lists;
        this.audit = audit;
        this.agencies = new RecordWriter<>(db, audit, AgencyEntity.class, RECORD);
        this.interactions = new RecordWriter<>(db, audit, InteractionEntity.class, INTERACTION);
    }

    @Override
    public List<Agency> agencies(String kind, boolean includeInactive) {
        guard.require(CorePermissions.AGENCY_READ);
        String k = kind == null ? "" : kind;
        QueryFilter f = new QueryFilter().andIf(k, "a.kind = :k", "k");
        if (!includeInactive) {
            f.and("a.active = :active", "active", Boolean.TRUE);
        }
        return db.read(em -> f.query(em, "select a from AgencyEntity a", " order by a.name", AgencyEntity.class)
                .getResultList().stream().map(AgencyEntity::toRecord).toList());
    }

    @Override
    public Agency get(long agencyId) {
        guard.require(CorePermissions.AGENCY_READ);
        return db.read(em -> agencies.find(em, agencyId).toRecord());
    }

    @Override
    public Agency create(AgencyDraft draft) {
        guard.require(CorePermissions.AGENCY_EDIT);
        check(draft);
        return agencies.create(em -> {
            AgencyEntity a = new AgencyEntity();
            a.apply(draft);
            return a;
        }, AgencyEntity::toRecord);
    }

    @Override
    public Agency update(long agencyId, long version, AgencyDraft draft) {
        guard.require(CorePermissions.AGENCY_EDIT);
        check(draft);
        return agencies.update(agencyId, version, (em, a) -> a.apply(draft), AgencyEntity::toRecord);
    }

    @Override
    public Agency setActive(long agencyId, boolean active) {
        guard.require(CorePermissions.AGENCY_EDIT);
        return db.write(em -> {
            AgencyEntity a = agencies.find(em, agencyId);
            a.setActive(active);
            em.flush();
            return a.toRecord();
        });
    }

    private void check(AgencyDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        // every objection of the form at once
        Checks.all(() -> {
            if (!lists.contains(ReferenceList.AGENCY_KINDS, FieldChecks.present("kind", d.kind()))) {
                throw new ValidationException("kind", "core.error.notInList");
            }
        }, () -> FieldChecks.required("name", d.name(), 300), () -> FieldChecks.maxLength("address", d.address(), 300),
                () -> Checks.phone("phone", d.phone()), () -> Checks.email("email", d.email()),
                () -> FieldChecks.maxLength("contactPerson", d.contactPerson(), 300));
    }

    @Override
    public List<Interaction> interactions(Long agencyId, Long pupilId, int offset, int limit) {
        guard.require(CorePermissions.AGENCY_READ);
        List<Interaction> found = db.read(em -> query(em, "select i from InteractionEntity i",
                " order by i.date desc, i.id desc", agencyId, pupilId, InteractionEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(InteractionEntity::toRecord).toList());
        if (pupilId != null) {
            audit.record(new AuditEvent(AuditAction.READ, "pupil-interactions", String.valueOf(pupilId), ""));
        }
        return found;
    }

    @Override
    public int countInteractions(Long agencyId, Long pupilId) {
        guard.require(CorePermissions.AGENCY_READ);
        return db.read(em -> query(em, "select count(i) from InteractionEntity i", "", agencyId, pupilId, Long.class)
                .getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String order, Long agencyId,
            Long pupilId, Class<T> type) {
        return new QueryFilter().andIf(agencyId, "i.agency.id = :a", "a").andIf(pupilId, "i.pupil.id = :p", "p")
                .query(em, select, order, type);
    }

    @Override
    public Interaction record(InteractionDraft draft) {
        guard.require(CorePermissions.AGENCY_EDIT);
        InteractionDraft d = check(draft);
        return interactions.create(em -> {
            InteractionEntity i = new InteractionEntity(guard.actor());
            apply(em, i, d);
            return i;
        }, InteractionEntity::toRecord);
    }

    @Override
    public Interaction update(long interactionId, long version, InteractionDraft draft) {
        guard.require(CorePermissions.AGENCY_EDIT);
        InteractionDraft d = check(draft);
        return interactions.update(interactionId, version, (em, i) -> apply(em, i, d),
                InteractionEntity::toRecord);
    }

    private static void apply(EntityManager em, InteractionEntity i, InteractionDraft d) {
        AgencyEntity agency = em.find(AgencyEntity.class, d.agencyId());
        if (agency == null) {
            throw new ValidationException("agencyId", "core.error.notInList");
        }
        PupilEntity pupil = d.pupilId() == null ? null : em.find(PupilEntity.class, d.pupilId());
        if (d.pupilId() != null && pupil == null) {
            throw new ValidationException("pupilId", "core.error.notInList");
        }
        i.apply(d, agency, pupil);
    }

    /**
     * The draft checked, every objection at once: a day not in the future, a known agency and pupil, the texts'
     * lengths, a next step's due day (not before the interaction, not beyond the next academic year) and its
     * direction of work, a code of the core's list (optional: older callers give none).
     */
    private InteractionDraft check(InteractionDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        LocalDate today = db.today();
        Objections o = new Objections();
        o.check(() -> FieldChecks.notFuture("date", d.date(), today));
        o.check(() -> {
            if (db.read(em -> em.find(AgencyEntity.class, d.agencyId())) == null) {
                throw new ValidationException("agencyId", "core.error.notInList");
            }
        });
        o.check(() -> {
            if (d.pupilId() != null && db.read(em -> em.find(PupilEntity.class, d.pupilId())) == null) {
                throw new ValidationException("pupilId", "core.error.notInList");
            }
        });
        o.check(() -> FieldChecks.required("subject", d.subject(), 1000));
        o.check(() -> FieldChecks.maxLength("outcome", d.outcome(), 2000));
        o.check(() -> FieldChecks.maxLength("nextStep", d.nextStep(), 1000));
        o.check(() -> nextDue(d, today));
        String direction = o.value(() -> WorkDirections.check("direction", d.direction(), lists, false));
        o.refuseAny();
        return new InteractionDraft(d.date(), d.agencyId(), d.pupilId(), d.subject(), d.outcome(), d.nextStep(),
                d.nextDue(), direction);
    }

    private static void nextDue(InteractionDraft d, LocalDate today) {
        if (d.nextDue() == null) {
            if (!d.nextStep().isEmpty()) {
                throw new ValidationException("nextDue", "core.error.interaction.due");
            }
            return;
        }
        if (d.date() != null && d.nextDue().isBefore(d.date())) {
            throw new ValidationException("nextDue", "core.error.interaction.dueBeforeDate", FieldChecks.day(d.date()));
        }
        FieldChecks.plausible("nextDue", d.nextDue(), today);
    }

    @Override
    public List<Interaction> openNextSteps(String author) {
        // a next step counts as taken once a later interaction with the same agency (and pupil) is recorded
        return db.read(em -> em.createQuery("select i from InteractionEntity i where i.author = :a"
                + " and i.nextDue is not null and i.nextDue >= :from and not exists (select j from InteractionEntity j"
                + " where j.agency = i.agency and (j.pupil = i.pupil or (j.pupil is null and i.pupil is null))"
                + " and (j.date > i.date or (j.date = i.date and j.id > i.id))) order by i.nextDue",
                InteractionEntity.class)
                .setParameter("a", author).setParameter("from", db.today().minusDays(30)).getResultList().stream()
                .map(InteractionEntity::toRecord).toList());
    }
}
