package org.opora.core.impl.internal.staff;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.api.staff.StaffService;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.model.StaffEntity;
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
import org.opora.core.impl.internal.model.Names;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.RecordWriter;

/** The staff list. */
@Component
public class StaffServiceImpl implements StaffService {

    private static final String RECORD = "staff";

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreLists lists;
    private final AuditService audit;
    private final RecordWriter<StaffEntity> staff;

    @Activate
    public StaffServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreLists lists,
            @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.lists = lists;
        this.audit = audit;
        this.staff = new RecordWriter<>(db, audit, StaffEntity.class, RECORD);
    }

    @Override
    public List<StaffMember> find(StaffQuery query, int offset, int limit) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> query(em, "select s from StaffEntity s", " order by s.searchName, s.id", query,
                StaffEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(StaffEntity::toRecord).toList());
    }

    @Override
    public int count(StaffQuery query) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> query(em, "select count(s) from StaffEntity s", "", query, Long.class)
                .getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String order, StaffQuery q,
            Class<T> type) {
        QueryFilter f = new QueryFilter().words(Names.normalise(q.text()), "s.searchName", "upper(s.position)");
        if (!q.includeInactive()) {
            f.and("s.active = :active", "active", Boolean.TRUE);
        }
        if (!q.specialistType().isEmpty()) {
            // codes are stored comma-separated; the surrounding commas make "mentor" not match "mentors"
            f.and("concat(concat(',', s.specialistTypes), ',') like :type", "type", "%," + q.specialistType() + ",%");
        }
        return f.query(em, select, order, type);
    }

    @Override
    public StaffMember get(long staffId) {
        guard.require(CorePermissions.STAFF_READ);
        return db.read(em -> staff.find(em, staffId).toRecord());
    }

    @Override
    public Optional<StaffMember> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return db.read(em -> em.createQuery("select s from StaffEntity s where s.username = :u", StaffEntity.class)
                .setParameter("u", username).getResultList().stream().findFirst().map(StaffEntity::toRecord));
    }

    @Override
    public StaffMember create(StaffDraft draft) {
        guard.require(CorePermissions.STAFF_MANAGE);
        check(draft);
        return staff.create(em -> {
            StaffEntity s = new StaffEntity();
            refuseTakenUsername(em, draft.username(), null);
            s.apply(draft);
            return s;
        }, StaffEntity::toRecord);
    }

    @Override
    public StaffMember update(long staffId, long version, StaffDraft draft) {
        guard.require(CorePermissions.STAFF_MANAGE);
        check(draft);
        return staff.update(staffId, version, (em, s) -> {
            refuseTakenUsername(em, draft.username(), staffId);
            s.apply(draft);
        }, StaffEntity::toRecord);
    }

    @Override
    public StaffMember setActive(long staffId, boolean active) {
        guard.require(CorePermissions.STAFF_MANAGE);
        StaffMember changed = db.write(em -> {
            StaffEntity s = staff.find(em, staffId);
            s.setActive(active);
            em.flush();
            return s.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.UPDATE, RECORD, String.valueOf(staffId),
                active ? "activated" : "deactivated"));
        return changed;
    }

    private void check(StaffDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        FieldChecks.present("name", d.name());
        Runnable[] name = Checks.nameChecks(d.name());
        // every objection of the form at once
        Checks.all(name[0], name[1], name[2], () -> FieldChecks.required("position", d.position(), 200), () -> {
            for (String type : d.specialistTypes()) {
                if (!lists.contains(ReferenceList.SPECIALIST_TYPES, type)) {
                    throw new ValidationException("specialistTypes", "core.error.notInList");
                }
            }
        }, () -> {
            if (!d.username().isEmpty() && !Checks.USERNAME.matcher(d.username()).matches()) {
                throw new ValidationException("username", "core.error.username");
            }
        }, () -> Checks.phone("phone", d.phone()), () -> Checks.email("email", d.email()));
    }

    private static void refuseTakenUsername(EntityManager em, String username, Long self) {
        if (username.isEmpty()) {
            return;
        }
        boolean taken = em.createQuery("select s from StaffEntity s where s.username = :u", StaffEntity.class)
                .setParameter("u", username).getResultList().stream().anyMatch(s -> !s.getId().equals(self));
        if (taken) {
            throw new ValidationException("username", "core.error.username.taken", username);
        }
    }
}
