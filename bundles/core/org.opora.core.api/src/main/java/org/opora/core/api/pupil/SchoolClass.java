package org.opora.core.api.pupil;

import org.opora.core.api.AcademicYear;

/**
 * A class (e.g. "7B") in one academic year.
 *
 * @param id             record id
 * @param year           academic year
 * @param grade          grade 1–11 (the highest grade is configuration)
 * @param letter         the letter, e.g. "B"
 * @param classTeacherId class teacher among the staff, or {@code null}
 * @param classTeacher   the class teacher's name; empty when none
 * @param pupils         number of current pupils
 * @param version        optimistic-lock version for {@link ClassService#update}
 */
public record SchoolClass(long id, AcademicYear year, int grade, String letter, Long classTeacherId,
        String classTeacher, int pupils, long version) {

    /** "7B". */
    public String name() {
        return grade + letter;
    }
}
