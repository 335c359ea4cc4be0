package org.opora.core.impl.internal.rules;

import java.time.LocalDate;
import java.time.Period;

import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.impl.internal.support.Checks;
import org.opora.core.support.FieldChecks;

/**
 * The checks of a pupil's core data: name, a date of birth in the past giving an age the school admits (the
 * youngest and oldest ages are configuration), sex and a class.
 */
public final class PupilRules {

    private final int minAge;
    private final int maxAge;

    public PupilRules(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public void check(PupilDraft draft, LocalDate today) {
        if (draft == null) {
            throw new ValidationException("", "core.error.required");
        }
        FieldChecks.present("name", draft.name());
        Runnable[] name = Checks.nameChecks(draft.name());
        // every field at once: the form marks them all
        Checks.all(name[0], name[1], name[2], () -> checkBirthDate(draft.birthDate(), today),
                () -> FieldChecks.present("sex", draft.sex()), () -> FieldChecks.present("classId", draft.classId()));
    }

    public void checkBirthDate(LocalDate birthDate, LocalDate today) {
        FieldChecks.present("birthDate", birthDate);
        if (!birthDate.isBefore(today)) {
            throw new ValidationException("birthDate", "core.error.future");
        }
        int age = Period.between(birthDate, today).getYears();
        if (age < minAge || age > maxAge) {
            throw new ValidationException("birthDate", "core.error.pupil.age", minAge, maxAge,
                    FieldChecks.day(today.minusYears(maxAge + 1L).plusDays(1)), FieldChecks.day(today.minusYears(minAge)));
        }
    }
}
