package org.opora.core.api.pupil;

import java.time.LocalDate;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;

/**
 * The editable core data of a pupil.
 *
 * @param name      ФИО; surname and name required
 * @param birthDate date of birth, in the past and at most 25 years ago
 * @param sex       sex
 * @param classId   class of the current academic year
 */
public record PupilDraft(PersonName name, LocalDate birthDate, Sex sex, Long classId) {
}
