package org.opora.core.impl.internal.pupil;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Classes per academic year and the promotion of the whole school to the next year. */
@Component
public class ClassServiceImpl implements ClassService {

    private static final String RECORD = "class";

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreRules rules;
    private final AuditService audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    @Activate
    public ClassServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreRules rules,
            @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public List<SchoolClass> classes(AcademicYear year) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.STAFF_READ);
        return db.read(em -> {
            Map<Long, Integer> sizes = sizes(em, year);
            return em.createQuery("select c from ClassEntity c where c.year = :y order by c.grade, c.letter",
                    ClassEntity.class).setParameter("y", year.startYear()).getResultList().stream()
                    .map(c -> c.toRecord(sizes.getOrDefault(c.getId(), 0))).toList();
        });
    }

    private static Map<Long, Integer> sizes(EntityManager em, AcademicYear year) {
        Map<Long, Integer> sizes = new HashMap<>();
        for (Object[] row : em.createQuery("select pl.schoolClass.id, count(pl) from PlacementEntity pl"
                + " where pl.year = :y and pl.pupilArchived = :no group by pl.schoolClass.id", Object[].class)
                .setParameter("y", year.startYear()).setParameter("no", false).getResultList()) {
            sizes.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return sizes;
    }

    @Override
    public SchoolClass get(long classId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.STAFF_READ);
        return db.read(em -> {
            ClassEntity c = CoreDatabase.find(em, ClassEntity.class, classId, RECORD);
            return c.toRecord(sizes(em, c.year()).getOrDefault(c.getId(), 0));
        });
    }

    @Override
    public SchoolClass create(AcademicYear year, ClassDraft draft) {
        return create(year, draft, Set.of());
    }

    @Override
    public SchoolClass create(AcademicYear year, ClassDraft draft, Set<Long> teacherIds) {
        guard.require(CorePermissions.CLASS_MANAGE);
        Set<Long> teaching = teacherIds == null ? Set.of() : teacherIds;
        check(draft, teaching);
        return db.write(em -> {
            refuseDuplicate(em, year, draft, null);
            ClassEntity c = new ClassEntity(year, draft.grade(), draft.letter(), teacher(em, draft.classTeacherId()));
            c.teachers(teachers(em, teaching));
            em.persist(c);
            em.flush();
            return c.toRecord(0);
        }, audit, r -> new AuditEvent(AuditAction.CREATE, RECORD, String.valueOf(r.id()), r.name()
                + teachingSummary(teaching)));
    }

    @Override
    public SchoolClass update(long classId, long version, ClassDraft draft) {
        return update(classId, version, draft, null);
    }

    @Override
    public SchoolClass update(long classId, long version, ClassDraft draft, Set<Long> teacherIds) {
        guard.require(CorePermissions.CLASS_MANAGE);
        check(draft, teacherIds == null ? Set.of() : teacherIds);
        return db.write(em -> {
            ClassEntity c = CoreDatabase.find(em, ClassEntity.class, classId, RECORD);
            CoreDatabase.expectVersion(c.getVersion(), version);
            refuseDuplicate(em, c.year(), draft, c.getId());
            c.update(draft.grade(), draft.letter(), teacher(em, draft.classTeacherId()));
            if (teacherIds != null) {
                c.teachers(teachers(em, teacherIds));
            }
            em.flush();
            return c.toRecord(sizes(em, c.year()).getOrDefault(c.getId(), 0));
        }, audit, r -> new AuditEvent(AuditAction.UPDATE, RECORD, String.valueOf(classId), r.name()
                + (teacherIds == null ? "" : teachingSummary(teacherIds))));
    }

    @Override
    public Set<Long> teacherIds(long classId) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.STAFF_READ);
        return db.read(em -> CoreDatabase.find(em, ClassEntity.class, classId, RECORD).getTeachers().stream()
                .map(StaffEntity::getId).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public List<SchoolClass> workedInBy(long staffId, AcademicYear year) {
        guard.requireAny(CorePermissions.PUPIL_READ, CorePermissions.STAFF_READ);
        Set<Long> ids = db.read(em -> workedIn(em, staffId, year));
        return classes(year).stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** The ids of the year's classes the staff member leads or teaches in. */
    static Set<Long> workedIn(EntityManager em, long staffId, AcademicYear year) {
        // two indexed lookups: one query with both outer joins and an "or" made Derby pair every class of a
        // district's year with every member of staff (7-10 s for a class teacher's list of 50 000 pupils)
        Set<Long> ids = new HashSet<>(em.createQuery("select c.id from ClassEntity c"
                + " where c.year = :y and c.classTeacher.id = :s", Long.class)
                .setParameter("y", year.startYear()).setParameter("s", staffId).getResultList());
        ids.addAll(em.createQuery("select c.id from ClassEntity c join c.teachers t where c.year = :y and t.id = :s",
                Long.class).setParameter("y", year.startYear()).setParameter("s", staffId).getResultList());
        return Set.copyOf(ids);
    }

    /** The journal names the teachers by their staff ids, not by name. */
    private static String teachingSummary(Set<Long> teacherIds) {
        return teacherIds.isEmpty() ? "" : "; teachers " + new java.util.TreeSet<>(teacherIds);
    }

    /** The staff chosen as the class's teachers: each an active staff member. */
    private static Set<StaffEntity> teachers(EntityManager em, Set<Long> staffIds) {
        Set<StaffEntity> found = new java.util.HashSet<>();
        for (Long id : staffIds) {
            StaffEntity s = id == null ? null : em.find(StaffEntity.class, id);
            if (s == null || !s.isActive()) {
                throw new ValidationException("teacherIds", "core.error.staff.unknown");
            }
            found.add(s);
        }
        return found;
    }

    @Override
    public void delete(long classId) {
        guard.require(CorePermissions.CLASS_MANAGE);
        db.run(em -> {
            ClassEntity c = CoreDatabase.find(em, ClassEntity.class, classId, RECORD);
            long placements = em.createQuery("select count(pl) from PlacementEntity pl where pl.schoolClass = :c",
                    Long.class).setParameter("c", c).getSingleResult();
            if (placements > 0) {
                throw new ValidationException("", "core.error.class.notEmpty");
            }
            em.remove(c);
        }, audit, new AuditEvent(AuditAction.DELETE, RECORD, String.valueOf(classId), ""));
    }

    @Override
    public List<SchoolClass> ledBy(long staffId, AcademicYear year) {
        return classes(year).stream().filter(c -> c.classTeacherId() != null && c.classTeacherId() == staffId)
                .toList();
    }

    @Override
    public PromotionResult promote() {
        guard.require(CorePermissions.CLASS_MANAGE);
        return db.write(em -> new Promotion(em, db, rules, graduateReason()).run(), audit,
                done -> new AuditEvent(AuditAction.UPDATE, "school", "1",
                        "promoted " + done.from() + " -> " + done.to()));
    }

    @Override
    public PromotionResult promotionPreview() {
        guard.require(CorePermissions.CLASS_MANAGE);
        return db.read(em -> new Promotion(em, db, rules, graduateReason()).preview());
    }

    private String graduateReason() {
        String configured = rules.graduateReason();
        if (!configured.isBlank()) {
            return configured;
        }
        Translator t = translator;
        return t == null ? "core.pupil.graduated"
                : t.translate("core.pupil.graduated", java.util.Locale.forLanguageTag("ru"));
    }

    /**
     * The class's form, refused with every objection at once: the grade from 1 to the highest, the letter, the class
     * teacher and the teachers known and active.
     */
    private void check(ClassDraft draft, Set<Long> teacherIds) {
        if (draft == null) {
            throw new ValidationException("", "core.error.required");
        }
        FieldChecks.all(() -> {
            if (draft.grade() < 1 || draft.grade() > rules.highestGrade()) {
                throw new ValidationException("grade", "core.error.class.grade", rules.highestGrade());
            }
        }, () -> {
            if (draft.letter().isEmpty() || draft.letter().length() > 3
                    || !draft.letter().chars().allMatch(Character::isLetter)) {
                throw new ValidationException("letter", "core.error.class.letter");
            }
        }, () -> db.read(em -> teacher(em, draft.classTeacherId())), () -> db.read(em -> teachers(em, teacherIds)));
    }

    private static void refuseDuplicate(EntityManager em, AcademicYear year, ClassDraft d, Long self) {
        List<ClassEntity> same = em.createQuery("select c from ClassEntity c where c.year = :y and c.grade = :g"
                + " and c.letter = :l", ClassEntity.class).setParameter("y", year.startYear())
                .setParameter("g", d.grade()).setParameter("l", d.letter()).getResultList();
        if (same.stream().anyMatch(c -> !c.getId().equals(self))) {
            throw new ValidationException("letter", "core.error.class.exists", d.grade() + d.letter());
        }
    }

    static StaffEntity teacher(EntityManager em, Long staffId) {
        if (staffId == null) {
            return null;
        }
        StaffEntity s = em.find(StaffEntity.class, staffId);
        if (s == null || !s.isActive()) {
            throw new ValidationException("classTeacherId", "core.error.staff.unknown");
        }
        return s;
    }
}
