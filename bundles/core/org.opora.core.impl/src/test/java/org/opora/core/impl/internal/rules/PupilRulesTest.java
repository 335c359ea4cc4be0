package org.opora.core.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.PupilDraft;

class PupilRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final PupilRules rules = new PupilRules(5, 21);

    private static PupilDraft draft(PersonName name, LocalDate birth, Sex sex, Long classId) {
        return new PupilDraft(name, birth, sex, classId);
    }

    private String field(PupilDraft d) {
        return assertThrows(ValidationException.class, () -> rules.check(d, TODAY)).field();
    }

    @Test
    void aCompleteDraftPasses() {
        assertDoesNotThrow(() -> rules.check(draft(new PersonName("Петров", "Илья", ""), LocalDate.of(2013, 1, 5),
                Sex.MALE, 4L), TODAY));
    }

    @Test
    void eachMissingFieldIsNamed() {
        assertEquals("surname", field(draft(new PersonName(" ", "Илья", ""), LocalDate.of(2013, 1, 5), Sex.MALE, 1L)));
        assertEquals("givenName", field(draft(new PersonName("Петров", "", ""), LocalDate.of(2013, 1, 5), Sex.MALE,
                1L)));
        assertEquals("birthDate", field(draft(new PersonName("Петров", "Илья", ""), null, Sex.MALE, 1L)));
        assertEquals("sex", field(draft(new PersonName("Петров", "Илья", ""), LocalDate.of(2013, 1, 5), null, 1L)));
        assertEquals("classId", field(draft(new PersonName("Петров", "Илья", ""), LocalDate.of(2013, 1, 5), Sex.MALE,
                null)));
    }

    @Test
    void theAgeLimitsAreInclusive() {
        assertDoesNotThrow(() -> rules.checkBirthDate(TODAY.minusYears(5), TODAY));
        assertDoesNotThrow(() -> rules.checkBirthDate(TODAY.minusYears(22).plusDays(1), TODAY));
        ValidationException young = assertThrows(ValidationException.class,
                () -> rules.checkBirthDate(TODAY.minusYears(5).plusDays(1), TODAY));
        assertEquals("core.error.pupil.age", young.messageKey());
        assertEquals("core.error.pupil.age", assertThrows(ValidationException.class,
                () -> rules.checkBirthDate(TODAY.minusYears(22), TODAY)).messageKey());
        assertEquals("core.error.future", assertThrows(ValidationException.class,
                () -> rules.checkBirthDate(TODAY, TODAY)).messageKey());
    }
}
