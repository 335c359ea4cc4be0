package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.FieldChecks;
import org.opora.programmes.api.programme.Observation;
import org.opora.programmes.api.programme.Programme;

/**
 * The curator's observation of the pupil's state fed bad values field by field — empty, too long, markup, out of
 * range, impossible, 01.01.1900 among them — each refused on its field, nothing stored; every objection at once.
 */
class ObservationFormTest extends ProgrammeTestSupport {

    private Programme p;

    @BeforeEach
    void aProgrammeCarriedOut() {
        p = started();
        audit.clear();
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_BIRTH" -> pupil.birthDate().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "date | ''           | core.error.required",
        "date | TOMORROW     | core.error.future",
        "date | 1900-01-01   | core.error.date.range",
        "date | 2999-01-01   | core.error.future",
        "date | BEFORE_BIRTH | core.error.date.sinceBirth",
        "text | ''           | core.error.required",
        "text | ' '          | core.error.required",
        "text | LONG         | core.error.tooLong"})
    void aBadFieldOfTheObservationIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        LocalDate on = "date".equals(field) ? day(value) : today();
        String text = !"text".equals(field) ? "Calmer at lessons"
                : "LONG".equals(value) ? "я".repeat(Observations.TEXT + 1) : value;

        ValidationException e = refused(key, () -> plan.observe(p.id(), on, text));

        assertEquals(field, e.field());
        if ("core.error.date.sinceBirth".equals(key)) {
            // the range is named: from the pupil's birth to today
            assertEquals(List.of(FieldChecks.day(pupil.birthDate()), FieldChecks.day(today())),
                    List.of(e.params()));
        }
        assertEquals(0, UNIT.rows("OBSERVATION"));
    }

    @Test
    void markupIsKeptAsTextAndTheObservationIsTheCurators() {
        Observation o = plan.observe(p.id(), pupil.birthDate(), "<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", plan.observations(p.id()).get(0).text());
        assertEquals(curator.name().full(), o.byName());
    }

    @Test
    void everyObjectionOfTheObservationComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> plan.observe(p.id(), LocalDate.parse("1900-01-01"), " "));

        assertEquals(List.of("date", "text"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, UNIT.rows("OBSERVATION"));
    }
}
