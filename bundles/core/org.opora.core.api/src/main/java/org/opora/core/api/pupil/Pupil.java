package org.opora.core.api.pupil;

import java.time.LocalDate;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;

/**
 * A pupil as lists and other modules show them: the core data and the class of the current academic year.
 *
 * @param id             record id
 * @param name           full name (FIO)
 * @param birthDate      date of birth
 * @param sex            sex
 * @param classId        class in the current academic year; {@code null} for an archived pupil
 * @param className      e.g. "7B"; empty without a class
 * @param classTeacherId the class teacher among the staff, or {@code null}
 * @param classTeacher   the class teacher's name; empty when none
 * @param archived       whether the pupil has left the school
 * @param version        optimistic-lock version for updates
 */
public record Pupil(long id, PersonName name, LocalDate birthDate, Sex sex, Long classId, String className,
        Long classTeacherId, String classTeacher, boolean archived, long version) {
}
