package org.opora.core.impl.internal.pupil;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.FlagEntity;
import org.opora.core.impl.internal.model.Names;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.core.impl.internal.model.RepresentativeEntity;
import org.opora.core.impl.internal.rules.FlagHistory;
import org.opora.core.impl.internal.rules.NameRule;
import org.opora.core.impl.internal.rules.PupilRules;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;

/** Pupils: the list, the card (audited), core data, representatives, flags and archiving. */
@Component
public class PupilServiceImpl implements PupilService {

    static final String RECORD = "pupil";

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreRules rules;
    private final CoreLists lists;
    private final AuditService audit;
    private final PupilAccess access;

    @Activate
    public PupilServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreRules rules,
            @Reference CoreLists lists, @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.rules = rules;
        this.lists = lists;
        this.audit = audit;
        this.access = new PupilAccess(guard);
    }

    @Override
    public List<Pupil> find(PupilQuery query, int offset, int limit) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        checkFlagFilter(query);
        return db.read(em -> {
            AcademicYear year = db.currentYear(em);
            return PupilQueries.find(em, year, query, offset, limit, ReadScope.of(em, guard, rules, year));
        });
    }

    @Override
    public int count(PupilQuery query) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        checkFlagFilter(query);
        return db.read(em -> {
            AcademicYear year = db.currentYear(em);
            return PupilQueries.count(em, year, query, ReadScope.of(em, guard, rules, year));
        });
    }

    /**
     * The pupil, if the caller reads them: a teacher limited to their classes is refused a pupil of another class
     * (journaled as refused, then {@link AccessDeniedException} naming core.pupil.read-all).
     */
    private PupilEntity readable(EntityManager em, long pupilId) {
        PupilEntity p = pupil(em, pupilId);
        AcademicYear year = db.currentYear(em);
        ReadScope scope = ReadScope.of(em, guard, rules, year);
        if (!scope.all()) {
            PlacementEntity pl = p.isArchived() ? null : PupilQueries.placement(em, pupilId, year);
            if (!scope.covers(pl == null ? null : pl.getSchoolClass().getId())) {
                // the refusal is journaled in the journal's own transaction: the read changes nothing
                audit.record(AuditEvent.refused(RECORD, pupilId, "read"));
                throw new AccessDeniedException(CorePermissions.PUPIL_READ_ALL);
            }
        }
        return p;
    }

    private void checkFlagFilter(PupilQuery query) {
        if (!query.flag().isEmpty()) {
            guard.require(CorePermissions.PUPIL_FLAGS);
        }
    }

    @Override
    public Pupil get(long pupilId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        return db.read(em -> record(em, readable(em, pupilId)));
    }

    @Override
    public PupilCard card(long pupilId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        PupilCard card = db.read(em -> {
            PupilEntity p = readable(em, pupilId);
            List<Representative> reps = em.createQuery("select r from RepresentativeEntity r where r.pupilId = :p"
                    + " order by r.id", RepresentativeEntity.class).setParameter("p", pupilId).getResultList()
                    .stream().map(RepresentativeEntity::toRecord).toList();
            List<FlagPeriod> flags = guard.allows(CorePermissions.PUPIL_FLAGS) ? flags(em, pupilId) : List.of();
            return new PupilCard(record(em, p), reps, flags,
                    PupilQueries.placements(em, pupilId).stream().map(PlacementEntity::toRecord).toList(),
                    p.getLeftOn(), p.getLeftReason(), access.canEdit(em, db.currentYear(em), p));
        });
        audit.record(AuditEvent.read(RECORD, pupilId));
        return card;
    }

    /** The last day of lessons of a school year, 25 May: the day a pupil in the highest grade finishes school. */
    static final MonthDay LAST_DAY_OF_LESSONS = MonthDay.of(Month.MAY, 25);

    @Override
    public Optional<LocalDate> expectedGraduation(long pupilId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        return db.read(em -> {
            PupilEntity p = readable(em, pupilId);
            AcademicYear year = db.currentYear(em);
            PlacementEntity pl = p.isArchived() ? null : PupilQueries.placement(em, pupilId, year);
            if (pl == null) {
                return Optional.<LocalDate>empty();
            }
            int yearsLeft = Math.max(0, rules.highestGrade() - pl.getSchoolClass().getGrade());
            return Optional.of(LAST_DAY_OF_LESSONS.atYear(year.startYear() + yearsLeft + 1));
        });
    }

    @Override
    public boolean canEdit(long pupilId) {
        return db.read(em -> access.canEdit(em, db.currentYear(em), pupil(em, pupilId)));
    }

    @Override
    public void check(PupilDraft draft) {
        guard.user(); // a caller with a principal: it reads nothing, yet fails closed
        new PupilRules(rules.minPupilAge(), rules.maxPupilAge()).check(draft, db.today());
    }

    @Override
    public Pupil create(PupilDraft draft) {
        guard.require(CorePermissions.PUPIL_EDIT);
        new PupilRules(rules.minPupilAge(), rules.maxPupilAge()).check(draft, db.today());
        Pupil created = db.write(em -> {
            AcademicYear year = db.currentYear(em);
            ClassEntity klass = currentClass(em, year, draft.classId());
            PupilEntity p = new PupilEntity();
            refuseDuplicate(em, p, draft);
            p.update(draft.name(), draft.birthDate(), draft.sex());
            em.persist(p);
            em.persist(new PlacementEntity(p, klass));
            em.flush();
            return p.toRecord(klass);
        }, audit, done -> changed(AuditAction.CREATE, done.id(), "created"));
        return created;
    }

    @Override
    public Pupil update(long pupilId, long version, PupilDraft draft) {
        new PupilRules(rules.minPupilAge(), rules.maxPupilAge()).check(draft, db.today());
        Pupil updated = db.write(em -> {
            PupilEntity p = editable(em, pupilId);
            CoreDatabase.expectVersion(p.getVersion(), version);
            refuseDuplicate(em, p, draft);
            AcademicYear year = db.currentYear(em);
            ClassEntity klass = currentClass(em, year, draft.classId());
            PlacementEntity pl = PupilQueries.placement(em, pupilId, year);
            if (pl == null) {
                em.persist(new PlacementEntity(p, klass));
            } else if (!pl.getSchoolClass().getId().equals(klass.getId())) {
                if (!guard.allows(CorePermissions.PUPIL_EDIT)) {
                    // a class teacher may correct a pupil's data, but moving pupils between classes is the office's
                    throw new ValidationException("classId", "core.error.pupil.moveNotAllowed");
                }
                pl.moveTo(klass);
            }
            p.update(draft.name(), draft.birthDate(), draft.sex());
            em.flush();
            return p.toRecord(klass);
        }, audit, done -> changed(AuditAction.UPDATE, pupilId, "core data"));
        return updated;
    }

    private void refuseDuplicate(EntityManager em, PupilEntity p, PupilDraft draft) {
        if (PupilQueries.duplicate(em, p, Names.searchKey(draft.name()), draft.birthDate())) {
            throw new ValidationException("surname", "core.error.pupil.duplicate");
        }
    }

    @Override
    public Representative addRepresentative(long pupilId, RepresentativeDraft draft) {
        checkRepresentative(draft);
        Representative r = db.write(em -> {
            editable(em, pupilId);
            RepresentativeEntity e = new RepresentativeEntity(pupilId, draft);
            em.persist(e);
            em.flush();
            return e.toRecord();
        }, audit, done -> changed(AuditAction.UPDATE, pupilId, "representative added"));
        return r;
    }

    @Override
    public Representative updateRepresentative(long representativeId, long version, RepresentativeDraft draft) {
        checkRepresentative(draft);
        RepresentativeEntity updated = db.write(em -> {
            RepresentativeEntity e = CoreDatabase.find(em, RepresentativeEntity.class, representativeId,
                    "representative");
            editable(em, e.getPupilId());
            CoreDatabase.expectVersion(e.getVersion(), version);
            e.apply(draft);
            em.flush();
            return e;
        }, audit, done -> changed(AuditAction.UPDATE, done.getPupilId(), "representative changed"));
        return updated.toRecord();
    }

    @Override
    public void removeRepresentative(long representativeId) {
        long pupilId = db.write(em -> {
            RepresentativeEntity e = CoreDatabase.find(em, RepresentativeEntity.class, representativeId,
                    "representative");
            editable(em, e.getPupilId());
            em.remove(e);
            return e.getPupilId();
        }, audit, done -> changed(AuditAction.UPDATE, done, "representative removed"));
    }

    private void checkRepresentative(RepresentativeDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        // every field at once: a bad phone does not hide behind a bad e-mail
        Checks.all(() -> NameRule.check("fullName", FieldChecks.required("fullName", d.fullName(), 300)), () -> {
            if (!lists.contains(ReferenceList.RELATIONS, d.relation())) {
                throw new ValidationException("relation", "core.error.notInList");
            }
        }, () -> Checks.phone("phone", d.phone()), () -> Checks.email("email", d.email()));
    }

    /**
     * Sets a status flag from a day; refused with every objection at once — the flag from the list and not set now,
     * the day (not ahead, not before birth nor inside an earlier period), the note's length — nothing stored.
     */
    @Override
    public FlagPeriod setFlag(long pupilId, String flag, LocalDate on, String note) {
        guard.require(CorePermissions.PUPIL_FLAGS);
        Objections o = new Objections();
        if (flag == null || !lists.contains(ReferenceList.PUPIL_FLAGS, flag)) {
            o.check(() -> {
                throw new ValidationException("flag", "core.error.notInList");
            });
        }
        String n = o.value(() -> FieldChecks.maxLength("note", note, 500));
        FlagPeriod set = db.write(em -> {
            PupilEntity p = editable(em, pupilId);
            o.check(() -> new FlagHistory(flags(em, pupilId)).checkSet(flag, on, db.today(), p.getBirthDate()));
            o.refuseAny();
            FlagEntity f = new FlagEntity(pupilId, flag, on, n, guard.actor());
            em.persist(f);
            em.flush();
            return f.toRecord();
        }, audit, done -> changed(AuditAction.UPDATE, pupilId, "flag " + flag + " set"));
        return set;
    }

    @Override
    public FlagPeriod clearFlag(long pupilId, String flag, LocalDate on) {
        guard.require(CorePermissions.PUPIL_FLAGS);
        FlagPeriod cleared = db.write(em -> {
            editable(em, pupilId);
            FlagPeriod open = new FlagHistory(flags(em, pupilId)).checkClear(flag, on, db.today());
            FlagEntity f = em.find(FlagEntity.class, open.id());
            f.clear(on, guard.actor());
            return f.toRecord();
        }, audit, done -> changed(AuditAction.UPDATE, pupilId, "flag " + flag + " cleared"));
        return cleared;
    }

    /**
     * Moves a pupil to the archive; refused with every objection at once — the day left (not ahead, not more than 50
     * years back, not before birth), the reason (required, up to 300 characters), a pupil not archived already —
     * nothing changed.
     */
    @Override
    public void archive(long pupilId, LocalDate leftOn, String reason) {
        guard.require(CorePermissions.PUPIL_ARCHIVE);
        Objections o = new Objections();
        LocalDate day = o.value(() -> FieldChecks.notFuture("leftOn", leftOn, db.today()));
        String r = o.value(() -> FieldChecks.required("reason", reason, 300));
        db.run(em -> {
            PupilEntity p = pupil(em, pupilId);
            if (p.isArchived()) {
                o.check(() -> {
                    throw new ValidationException("", "core.error.pupil.archived");
                });
            }
            if (day != null && day.isBefore(p.getBirthDate())) {
                o.check(() -> {
                    throw new ValidationException("leftOn", "core.error.pupil.leftBeforeBirth");
                });
            }
            o.refuseAny();
            PupilQueries.archive(em, p, day, r);
        }, audit, changed(AuditAction.UPDATE, pupilId, "archived"));
    }

    @Override
    public void restore(long pupilId, long classId) {
        guard.require(CorePermissions.PUPIL_ARCHIVE);
        db.run(em -> {
            PupilEntity p = pupil(em, pupilId);
            if (!p.isArchived()) {
                throw new ValidationException("", "core.error.pupil.notArchived");
            }
            AcademicYear year = db.currentYear(em);
            ClassEntity klass = currentClass(em, year, classId);
            PupilQueries.restore(em, p);
            PlacementEntity pl = PupilQueries.placement(em, pupilId, year);
            if (pl == null) {
                em.persist(new PlacementEntity(p, klass));
            } else {
                pl.moveTo(klass);
            }
        }, audit, changed(AuditAction.UPDATE, pupilId, "restored"));
    }

    @Override
    public List<Pupil> ofClass(long classId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        return db.read(em -> {
            if (!ReadScope.of(em, guard, rules, db.currentYear(em)).covers(classId)) {
                throw new AccessDeniedException(CorePermissions.PUPIL_READ_ALL);
            }
            return em.createQuery("select pl from PlacementEntity pl join fetch pl.pupil"
                + " where pl.schoolClass.id = :c and pl.pupilArchived = :no order by pl.pupil.searchName",
                PlacementEntity.class).setParameter("c", classId).setParameter("no", false).getResultList().stream()
                .map(pl -> pl.getPupil().toRecord(pl.getSchoolClass())).toList();
        });
    }

    private PupilEntity pupil(EntityManager em, long pupilId) {
        return CoreDatabase.find(em, PupilEntity.class, pupilId, RECORD);
    }

    /** The pupil, if the caller may edit them: any pupil with core.pupil.edit, their own class's otherwise. */
    private PupilEntity editable(EntityManager em, long pupilId) {
        PupilEntity p = pupil(em, pupilId);
        access.requireEdit(em, db.currentYear(em), p);
        return p;
    }

    private Pupil record(EntityManager em, PupilEntity p) {
        PlacementEntity pl = p.isArchived() ? null : PupilQueries.placement(em, p.getId(), db.currentYear(em));
        return p.toRecord(pl == null ? null : pl.getSchoolClass());
    }

    private static ClassEntity currentClass(EntityManager em, AcademicYear year, Long classId) {
        ClassEntity klass = classId == null ? null : em.find(ClassEntity.class, classId);
        if (klass == null || !klass.year().equals(year)) {
            throw new ValidationException("classId", "core.error.pupil.classNotCurrent");
        }
        return klass;
    }

    private static List<FlagPeriod> flags(EntityManager em, long pupilId) {
        return em.createQuery("select f from FlagEntity f where f.pupilId = :p order by f.setOn desc, f.id desc",
                FlagEntity.class).setParameter("p", pupilId).getResultList().stream().map(FlagEntity::toRecord)
                .toList();
    }

    /** The journal entry of a change, written in the change's transaction. */
    private static AuditEvent changed(AuditAction action, long pupilId, String what) {
        return new AuditEvent(action, RECORD, String.valueOf(pupilId), what);
    }
}
