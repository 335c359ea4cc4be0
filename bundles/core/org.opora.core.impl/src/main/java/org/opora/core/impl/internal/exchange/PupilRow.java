package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.RepresentativeDraft;

/**
 * A checked row of a pupil file.
 *
 * @param row             the spreadsheet row number, for messages about the row while storing it
 * @param name            the pupil's name
 * @param birthDate       date of birth
 * @param sex             sex
 * @param klass           the class of the current year, e.g. 5 "A"; it may not exist yet
 * @param representatives the legal representatives given (none, one or two); relations are codes
 */
public record PupilRow(int row, PersonName name, LocalDate birthDate, Sex sex, ClassDraft klass,
        List<RepresentativeDraft> representatives) {

    public PupilRow {
        representatives = List.copyOf(representatives);
    }

    /** The class's name, e.g. "5A". */
    public String className() {
        return klass.grade() + klass.letter();
    }
}
