package org.opora.core.impl.internal.pupil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.platform.persistence.QueryFilter;
import org.opora.core.impl.internal.model.Names;

/**
 * The pupil list queries. Current pupils are found through their placement in the current year (so the class
 * comes in the same query); pupils who left are found directly.
 */
public final class PupilQueries {

    private PupilQueries() {
    }

    /** A page of the list (the export asks for all of it); permissions are the caller's to check. */
    public static List<Pupil> find(EntityManager em, AcademicYear current, PupilQuery q, int offset, int limit) {
        return find(em, current, q, offset, limit, ReadScope.ALL);
    }

    /** A page of the list of the pupils the scope covers. */
    static List<Pupil> find(EntityManager em, AcademicYear current, PupilQuery q, int offset, int limit,
            ReadScope scope) {
        if (nothingIn(scope, q)) {
            return List.of();
        }
        AcademicYear year = yearOf(em, current, q);
        if (q.archived()) {
            return query(em, "select p from PupilEntity p", " order by p.searchName, p.id", q, year,
                    PupilEntity.class, current, scope)
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(p -> p.toRecord(null)).toList();
        }
        QueryFilter f = filter(q, year, current, scope);
        int first = offset;
        if (limit <= PAGE_BY_CLASS) {
            ClassPage page = ClassPage.of(classCounts(em, filter(q, year, current, scope), year), offset, limit);
            if (page.classIds().isEmpty()) {
                return List.of();
            }
            f.and("pl.schoolClass.id in :page", "page", page.classIds());
            first = page.offset();
        }
        return f.query(em, "select pl from PlacementEntity pl join fetch pl.pupil join fetch pl.schoolClass",
                " order by pl.schoolClass.grade, pl.schoolClass.letter, pl.pupil.searchName, pl.pupil.id",
                PlacementEntity.class).setFirstResult(first).setMaxResults(limit).getResultList().stream()
                .map(pl -> pl.getPupil().toRecord(pl.getSchoolClass())).toList();
    }

    /**
     * The number of pupils per class the filter finds, in the list's order (grade, letter): counted on the
     * placements alone and put in the order of the year's classes read apart — grouping by the class's grade and
     * letter would join every placement with its class.
     */
    private static List<Object[]> classCounts(EntityManager em, QueryFilter f, AcademicYear year) {
        Map<Long, Object> counts = new HashMap<>();
        for (Object[] row : f.query(em, "select pl.schoolClass.id, count(pl) from PlacementEntity pl",
                " group by pl.schoolClass.id", Object[].class).getResultList()) {
            counts.put(((Number) row[0]).longValue(), row[1]);
        }
        List<Object[]> ordered = new ArrayList<>();
        if (counts.isEmpty()) {
            return ordered;
        }
        for (Long id : em.createQuery("select c.id from ClassEntity c where c.year = :y order by c.grade, c.letter,"
                + " c.id", Long.class).setParameter("y", year.startYear()).getResultList()) {
            Object n = counts.get(id);
            if (n != null) {
                ordered.add(new Object[] {id, n});
            }
        }
        return ordered;
    }

    /**
     * Pages up to this size are read class by class ({@link ClassPage}); a longer read (the export asks for the whole
     * list) sorts the lot once.
     */
    static final int PAGE_BY_CLASS = 1000;

    /**
     * The classes a page of the current pupils' list spans, and where the page begins in the first of them. The list
     * is ordered by class first, so the number of pupils per class, in the list's order (one grouped query), tells
     * which classes hold the page: only their pupils are then read and sorted by name, not the whole school's —
     * on a district's 50 000 pupils sorting them all for every page took the list far beyond 100 ms.
     *
     * @param classIds the classes holding the page, in the list's order; empty past the end
     * @param offset   the page's first row counted from the first of those classes
     */
    record ClassPage(List<Long> classIds, int offset) {

        /** @param counts rows of (class id, number of pupils) in the list's order */
        static ClassPage of(List<Object[]> counts, int offset, int limit) {
            List<Long> ids = new ArrayList<>();
            long before = 0;
            int first = 0;
            for (Object[] row : counts) {
                long n = ((Number) row[1]).longValue();
                if (before + n > offset && before < (long) offset + limit) {
                    if (ids.isEmpty()) {
                        first = (int) (offset - before);
                    }
                    ids.add(((Number) row[0]).longValue());
                }
                before += n;
            }
            return new ClassPage(ids, first);
        }
    }

    /** The year a query lists: the year of its class (a class of a past year lists that year's pupils). */
    private static AcademicYear yearOf(EntityManager em, AcademicYear current, PupilQuery q) {
        ClassEntity c = q.classId() == null ? null : em.find(ClassEntity.class, q.classId());
        return c == null ? current : c.year();
    }

    static int count(EntityManager em, AcademicYear current, PupilQuery q, ReadScope scope) {
        if (nothingIn(scope, q)) {
            return 0;
        }
        AcademicYear year = yearOf(em, current, q);
        String select = q.archived() ? "select count(p) from PupilEntity p" : "select count(pl) from PlacementEntity pl";
        return query(em, select, "", q, year, Long.class, current, scope).getSingleResult().intValue();
    }

    /** Whether a caller limited to classes can find nothing: no classes, or the pupils who left. */
    private static boolean nothingIn(ReadScope scope, PupilQuery q) {
        return !scope.all() && (q.archived() || scope.classIds().isEmpty());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String order, PupilQuery q,
            AcademicYear year, Class<T> type, AcademicYear current, ReadScope scope) {
        return filter(q, year, current, scope).query(em, select, order, type);
    }

    /** The conditions of the query within the caller's scope. */
    private static QueryFilter filter(PupilQuery q, AcademicYear year, AcademicYear current, ReadScope scope) {
        String p = q.archived() ? "p" : "pl.pupil";
        QueryFilter f = new QueryFilter();
        if (q.archived()) {
            f.and("p.archived = :archived", "archived", Boolean.TRUE);
        } else {
            f.and("pl.year = :year", "year", year.startYear()).andIf(q.classId(), "pl.schoolClass.id = :c", "c");
            if (!scope.all()) {
                f.and("pl.schoolClass.id in :mine", "mine", scope.classIds());
            }
            if (year.equals(current)) {
                // a past year's class lists everybody who was in it, including those who left since; the placement's
                // copy of the pupil's state spares a join with the pupil per placement
                f.and("pl.pupilArchived = :archived", "archived", Boolean.FALSE);
            }
        }
        ClassWords words = ClassWords.of(q.text());
        if (!q.archived() && words.grade() != null) {
            f.and("pl.schoolClass.grade = :grade", "grade", words.grade());
            if (words.letter() != null) {
                f.and("upper(pl.schoolClass.letter) = :letter", "letter", words.letter());
            }
        }
        return f.words(Names.normalise(words.rest()), p + ".searchName")
                .andIf(q.flag(), (q.archived() ? "p.id" : "pl.pupil.id") + " in (select f.pupilId from FlagEntity f"
                        + " where f.flag = :flag and f.clearedOn is null)", "flag");
    }

    /**
     * A class named among the words searched for ("8B", "8 b", "10A" in the school's alphabet, or a grade alone, "8"): pupils' names have no
     * digits, so a number is a class. The words left are the name.
     *
     * @param grade  the class's grade, or {@code null} when none is named
     * @param letter its letter in upper case, or {@code null} for the whole grade
     * @param rest   the text without the class
     */
    record ClassWords(Integer grade, String letter, String rest) {

        private static final Pattern CLASS = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s*(\\p{L})?(?![\\p{L}\\d])");

        static ClassWords of(String text) {
            Matcher m = CLASS.matcher(text == null ? "" : text);
            if (!m.find()) {
                return new ClassWords(null, null, text == null ? "" : text);
            }
            String letter = m.group(2) == null ? null : m.group(2).toUpperCase(Locale.ROOT);
            String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
            return new ClassWords(Integer.valueOf(m.group(1)), letter, rest);
        }
    }

    /** The placement of a pupil in a year, or {@code null}. */
    static PlacementEntity placement(EntityManager em, long pupilId, AcademicYear year) {
        List<PlacementEntity> found = em.createQuery(
                "select pl from PlacementEntity pl where pl.pupil.id = :p and pl.year = :y", PlacementEntity.class)
                .setParameter("p", pupilId).setParameter("y", year.startYear()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Moves a pupil to the archive: the pupil and the copy of its state on each of its placements (see
     * {@link PlacementEntity}). Every archiving goes through here, so that the lists never show a pupil who left.
     */
    static void archive(EntityManager em, PupilEntity pupil, LocalDate leftOn, String reason) {
        pupil.archive(leftOn, reason);
        placements(em, pupil.getId()).forEach(pl -> pl.pupilArchived(true));
    }

    /** Takes a pupil out of the archive, with the copy of its state on each of its placements. */
    static void restore(EntityManager em, PupilEntity pupil) {
        pupil.restore();
        placements(em, pupil.getId()).forEach(pl -> pl.pupilArchived(false));
    }

    static List<PlacementEntity> placements(EntityManager em, long pupilId) {
        return em.createQuery("select pl from PlacementEntity pl join fetch pl.schoolClass where pl.pupil.id = :p"
                + " order by pl.year desc", PlacementEntity.class).setParameter("p", pupilId).getResultList();
    }

    static boolean duplicate(EntityManager em, PupilEntity candidate, String searchName, LocalDate birth) {
        return em.createQuery("select count(p) from PupilEntity p where p.searchName = :n and p.birthDate = :b"
                + " and p.archived = :no and p.id <> :id", Long.class).setParameter("n", searchName)
                .setParameter("no", false)
                .setParameter("b", birth).setParameter("id", candidate.getId() == null ? -1L : candidate.getId())
                .getSingleResult() > 0;
    }
}
