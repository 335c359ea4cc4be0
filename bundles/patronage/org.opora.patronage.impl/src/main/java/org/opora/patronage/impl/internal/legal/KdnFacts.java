package org.opora.patronage.impl.internal.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the printed certificate (spravka) says of the pupil and the case, besides the texts of the certificate (spravka) itself.
 *
 * @param school        the school's name
 * @param director      the director's name
 * @param pupil         the pupil's full name
 * @param birthDate     the pupil's date of birth, or {@code null}
 * @param className     the pupil's class, may be empty
 * @param classTeacher  the class teacher, may be empty
 * @param category      the category of patronage, labelled
 * @param openedOn      the day the case was opened
 * @param curators      the curators' names
 */
record KdnFacts(String school, String director, String pupil, LocalDate birthDate, String className,
        String classTeacher, String category, LocalDate openedOn, List<String> curators) {
}
