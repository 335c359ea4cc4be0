package org.opora.core.api.pupil;

import java.time.LocalDate;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;

/**
 * The editable core data of a pupil.
 *
 * @param name      full name (FIO); surname and name required
 * @param birthDate date of birth, giving an age within the range the school configured
 * @param sex       sex
 * @param classId   class of the current academic year
 */
public record PupilDraft(PersonName name, LocalDate birthDate, Sex sex, Long classId) {
}
