package org.opora.core.impl.internal.school;

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
import org.opora.core.api.School;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The school's card fed bad values field by field — empty, too long, markup, a director unknown or gone — each
 * refused on its field with words and the card unchanged; several bad fields refused together.
 */
class SchoolFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private School before;
    private StaffMember gone;

    @BeforeEach
    void aSchoolWithItsCard() {
        StaffMember director = staffMember("Sokolova", "sokolova");
        gone = staffMember("Orlova", "orlova");
        staff.setActive(gone.id(), false);
        before = school.update("School No. 59", "59", "Moscow", director.id(), school.school().version());
        signIn("director", CorePermissions.SCHOOL_MANAGE);
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private Long director(String value) {
        return "GONE".equals(value) ? gone.id() : Long.valueOf(value);
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "name       | ''    | core.error.required",
        "name       | '  '  | core.error.required",
        "name       | LONG  | core.error.tooLong",
        "number     | LONG  | core.error.tooLong",
        "address    | LONG  | core.error.tooLong",
        "directorId | 4242  | core.error.staff.unknown",
        "directorId | -1    | core.error.staff.unknown",
        "directorId | GONE  | core.error.staff.unknown"})
    void aBadFieldOfTheCardIsRefusedWithWordsAndTheCardIsUnchanged(String field, String value, String key) {
        ValidationException e = refused(key, () -> school.update(
                "name".equals(field) ? text(value, 300) : "School No. 60",
                "number".equals(field) ? text(value, 20) : "60",
                "address".equals(field) ? text(value, 300) : "Kazan",
                "directorId".equals(field) ? director(value) : null, before.version()));

        assertEquals(field, e.field());
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(e.messageKey()) || words.isBlank() || words.contains("{"), () -> "no words: " + key);
        assertEquals(before, school.school());
    }

    @Test
    void markupOnTheCardIsKeptAsText() {
        School saved = school.update("<b>School</b>", "<i>1</i>", "<script>alert(1)</script>", null,
                before.version());
        assertEquals("<b>School</b>", school.school().name());
        assertEquals("<script>alert(1)</script>", saved.address());
    }

    @Test
    void everyObjectionOfTheCardComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> school.update(" ", "я".repeat(21),
                "я".repeat(301), 4242L, before.version()));

        assertEquals(List.of("name", "number", "address", "directorId"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(before, school.school());
        assertEquals(List.of(), audit.entries());
    }
}
