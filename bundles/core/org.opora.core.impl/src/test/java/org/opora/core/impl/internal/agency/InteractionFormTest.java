package org.opora.core.impl.internal.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The interaction form fed bad values field by field — empty, too long, markup, out of range, impossible — each
 * refused on its field with words, nothing stored; several bad fields refused together.
 */
class InteractionFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private Agency guardianship;
    private Pupil pupil;

    @BeforeEach
    void agencyAndPupil() {
        guardianship = agencies.create(new AgencyDraft("guardianship", "Guardianship body", "", "", "", ""));
        pupil = pupil("Ivanov", schoolClass(5, "A", null).id());
        signIn("belova", CorePermissions.AGENCY_EDIT, CorePermissions.AGENCY_READ);
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "YESTERDAY" -> today().minusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "date      | ''          | core.error.required",
        "date      | TOMORROW    | core.error.future",
        "date      | 1900-01-01  | core.error.date.range",
        "agencyId  | 4242        | core.error.notInList",
        "pupilId   | 4242        | core.error.notInList",
        "subject   | ''          | core.error.required",
        "subject   | LONG        | core.error.tooLong",
        "outcome   | LONG        | core.error.tooLong",
        "nextStep  | LONG        | core.error.tooLong",
        "nextDue   | ''          | core.error.interaction.due",
        "nextDue   | YESTERDAY   | core.error.interaction.dueBeforeDate",
        "nextDue   | AFTER       | core.error.date.range",
        "nextDue   | 2999-01-01  | core.error.date.range",
        "direction | <script>    | core.error.direction.unknown"})
    void aBadFieldOfTheInteractionFormIsRefusedWithWordsAndNothingIsStored(String field, String value, String key) {
        InteractionDraft d = new InteractionDraft("date".equals(field) ? day(value) : today(),
                "agencyId".equals(field) ? Long.parseLong(value) : guardianship.id(),
                "pupilId".equals(field) ? Long.valueOf(value) : pupil.id(),
                "subject".equals(field) ? text(value, 1000) : "Letter about the family",
                "outcome".equals(field) ? text(value, 2000) : "",
                "nextStep".equals(field) ? text(value, 1000) : "nextDue".equals(field) ? "Call back" : "",
                "nextDue".equals(field) ? day(value) : null,
                "direction".equals(field) ? value : "");

        ValidationException e = refused(key, () -> agencies.record(d));

        assertEquals(field, e.field());
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertEquals(false, words.equals(e.messageKey()) || words.isBlank(), () -> "no words for " + key);
        assertEquals(0, agencies.countInteractions(null, null));
    }

    @Test
    void markupInTheSubjectIsKeptAsText() {
        Interaction i = agencies.record(new InteractionDraft(today(), guardianship.id(), null,
                "<img src=x onerror=alert(1)>", "", "", null));
        assertEquals("<img src=x onerror=alert(1)>", agencies.interactions(null, null, 0, 1).get(0).subject());
        assertEquals(i.id(), agencies.interactions(null, null, 0, 1).get(0).id());
    }

    @Test
    void everyObjectionOfTheInteractionFormComesAtOnceAndAChangeIsRefusedTheSame() {
        InteractionDraft bad = new InteractionDraft(today().plusDays(1), 4242, 4343L, " ", "я".repeat(2001),
                "Call back", null, "astrology");

        ValidationException e = assertThrows(ValidationException.class, () -> agencies.record(bad));

        assertEquals(List.of("date", "agencyId", "pupilId", "subject", "outcome", "nextDue", "direction"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, agencies.countInteractions(null, null));

        Interaction kept = agencies.record(new InteractionDraft(today(), guardianship.id(), null, "Call", "", "",
                null));
        assertThrows(ValidationException.class, () -> agencies.update(kept.id(), kept.version(), bad));
        assertEquals("Call", agencies.interactions(null, null, 0, 1).get(0).subject());
    }

    @Test
    void theDueDayMessageNamesTheInteractionsDay() {
        ValidationException e = refused("core.error.interaction.dueBeforeDate", () -> agencies.record(
                new InteractionDraft(today(), guardianship.id(), null, "Call", "", "Visit", today().minusDays(1))));
        assertEquals("Укажите день не раньше дня взаимодействия (" + FieldChecks.day(today()) + ").",
                new MessagesTranslator().translate(e.messageKey(), RU, e.params()));
    }
}
