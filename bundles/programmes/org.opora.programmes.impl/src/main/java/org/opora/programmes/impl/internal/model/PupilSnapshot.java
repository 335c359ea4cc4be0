package org.opora.programmes.impl.internal.model;

import java.time.LocalDate;

/**
 * The pupil as a programme or a plan records them when written: the core's data of that day, kept as written.
 *
 * @param pupilId      the pupil (core)
 * @param name         full name
 * @param birthDate    date of birth
 * @param className    class, empty without one
 * @param classTeacher the class teacher's name, empty without one
 * @param parents      the legal representatives' names, one a line
 */
public record PupilSnapshot(long pupilId, String name, LocalDate birthDate, String className, String classTeacher,
        String parents) {

    public PupilSnapshot {
        className = className == null ? "" : className;
        classTeacher = classTeacher == null ? "" : classTeacher;
        parents = parents == null ? "" : parents;
    }
}
