package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The legal representative's dialog fed bad values field by field — empty, too long, markup, impossible — each
 * refused on its field with words, no representative added and a kept one unchanged; every objection at once.
 */
class RepresentativeFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private Pupil pupil;
    private Representative kept;

    @BeforeEach
    void pupilWithMother() {
        pupil = pupil("Ivanov", schoolClass(5, "A", null).id());
        signIn("specialist", CorePermissions.PUPIL_EDIT, CorePermissions.PUPIL_READ,
                CorePermissions.PUPIL_READ_ALL);
        kept = pupils.addRepresentative(pupil.id(), new RepresentativeDraft("Иванова Мария Петровна", "mother",
                "+7 900 000-00-00", "ivanova@mail.ru"));
    }

    private static String value(String value) {
        return switch (value) {
            case "LONG_NAME" -> "Иванова " + "а".repeat(300);
            case "LONG_PHONE" -> "+7 " + "9".repeat(30);
            case "LONG_EMAIL" -> "a".repeat(200) + "@mail.ru";
            default -> value;
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "fullName | ''                    | core.error.required",
        "fullName | LONG_NAME             | core.error.tooLong",
        "fullName | <script>alert</script> | core.error.name.letters",
        "fullName | Ивaнoва Мария         | core.error.name.mixed",
        "relation | ''                    | core.error.notInList",
        "relation | neighbour             | core.error.notInList",
        "relation | <b>mother</b>         | core.error.notInList",
        "phone    | ring twice            | core.error.phone",
        "phone    | LONG_PHONE            | core.error.phone",
        "phone    | <b>123456</b>         | core.error.phone",
        "email    | ivanova@              | core.error.email",
        "email    | LONG_EMAIL            | core.error.email",
        "email    | <b>a@b.ru</b>         | core.error.email",
        "email    | \"x\"@mail.ru         | core.error.email"})
    void aBadFieldOfTheRepresentativeIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        RepresentativeDraft d = new RepresentativeDraft("fullName".equals(field) ? value(value) : "Иванов Пётр",
                "relation".equals(field) ? value : "father", "phone".equals(field) ? value(value) : "",
                "email".equals(field) ? value(value) : "");

        ValidationException e = refused(key, () -> pupils.addRepresentative(pupil.id(), d));
        assertEquals(field, e.field());
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(key) || words.isBlank() || words.contains("{"), () -> "no words for " + key);
        assertEquals(field, refused(key, () -> pupils.updateRepresentative(kept.id(), kept.version(), d)).field());

        assertEquals(List.of(kept), pupils.card(pupil.id()).representatives());
    }

    @Test
    void everyObjectionOfTheRepresentativeComesAtOnce() {
        RepresentativeDraft bad = new RepresentativeDraft(" ", "neighbour", "ring twice", "<b>a@b.ru</b>");

        ValidationException e = assertThrows(ValidationException.class,
                () -> pupils.addRepresentative(pupil.id(), bad));

        assertEquals(List.of("fullName", "relation", "phone", "email"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertThrows(ValidationException.class, () -> pupils.updateRepresentative(kept.id(), kept.version(), bad));
        assertEquals(List.of(kept), pupils.card(pupil.id()).representatives());
    }
}
