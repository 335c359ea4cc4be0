package org.opora.core.impl.internal.pupil;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.SchoolEntity;
import org.opora.core.impl.internal.rules.ClassPromotion;
import org.opora.core.impl.internal.support.CoreDatabase;

/** One promotion, inside the caller's transaction: applies the {@link ClassPromotion} plan to the database. */
final class Promotion {

    private final EntityManager em;
    private final CoreDatabase db;
    private final CoreRules rules;
    private final String graduateReason;

    Promotion(EntityManager em, CoreDatabase db, CoreRules rules, String graduateReason) {
        this.em = em;
        this.db = db;
        this.rules = rules;
        this.graduateReason = graduateReason;
    }

    /** The figures of the promotion, nothing written. */
    PromotionResult preview() {
        AcademicYear from = db.school(em).currentYear();
        ClassPromotion.Plan plan = plan(from);
        int graduates = 0;
        int moved = 0;
        for (PlacementEntity pl : placements(from)) {
            if (plan.graduatingClassIds().contains(pl.getSchoolClass().getId())) {
                graduates++;
            } else {
                moved++;
            }
        }
        return new PromotionResult(from, from.next(), plan.steps().size(), moved, graduates);
    }

    PromotionResult run() {
        SchoolEntity school = db.school(em);
        AcademicYear from = school.currentYear();
        AcademicYear to = from.next();
        ClassPromotion.Plan plan = plan(from);
        Map<Long, ClassEntity> next = new HashMap<>();
        for (ClassPromotion.Step step : plan.steps()) {
            ClassEntity source = em.find(ClassEntity.class, step.fromClassId());
            ClassEntity created = new ClassEntity(to, step.grade(), step.letter(), source.getClassTeacher());
            // the teachers go up with their class; the school changes them in the classes view where the timetable differs
            created.teachers(source.getTeachers());
            em.persist(created);
            next.put(step.fromClassId(), created);
        }
        int moved = 0;
        int graduates = 0;
        java.time.LocalDate leftOn = db.today().isAfter(from.lastDay()) ? from.lastDay() : db.today();
        for (PlacementEntity pl : placements(from)) {
            ClassEntity target = next.get(pl.getSchoolClass().getId());
            if (target == null) {
                PupilQueries.archive(em, pl.getPupil(), leftOn, graduateReason);
                graduates++;
            } else {
                em.persist(new PlacementEntity(pl.getPupil(), target));
                moved++;
            }
        }
        school.setCurrentYear(to);
        return new PromotionResult(from, to, next.size(), moved, graduates);
    }

    /** The plan for the year, refused when the next year has classes already or this one has none. */
    private ClassPromotion.Plan plan(AcademicYear from) {
        AcademicYear to = from.next();
        long existing = em.createQuery("select count(c) from ClassEntity c where c.year = :y", Long.class)
                .setParameter("y", to.startYear()).getSingleResult();
        if (existing > 0) {
            throw new ValidationException("", "core.error.promotion.nextYearExists", to.label());
        }
        List<ClassEntity> classes = em.createQuery("select c from ClassEntity c where c.year = :y", ClassEntity.class)
                .setParameter("y", from.startYear()).getResultList();
        if (classes.isEmpty()) {
            throw new ValidationException("", "core.error.promotion.noClasses", from.label());
        }
        return ClassPromotion.plan(classes.stream().map(c -> new ClassPromotion.Source(c.getId(), c.getGrade(),
                c.getLetter(), c.getClassTeacher() == null ? null : c.getClassTeacher().getId())).toList(),
                rules.highestGrade());
    }

    private List<PlacementEntity> placements(AcademicYear year) {
        return em.createQuery("select pl from PlacementEntity pl join fetch pl.pupil"
                + " where pl.year = :y and pl.pupilArchived = :no", PlacementEntity.class)
                .setParameter("y", year.startYear()).setParameter("no", false).getResultList();
    }
}
