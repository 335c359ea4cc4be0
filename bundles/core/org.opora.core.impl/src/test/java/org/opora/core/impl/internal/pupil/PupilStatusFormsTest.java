package org.opora.core.impl.internal.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The pupil's card dialogs that change the pupil's status — setting and clearing a flag, moving the pupil to the
 * archive — fed bad values field by field (empty, too long, markup, out of range, impossible), each refused on its
 * field with words and the card unchanged; several bad fields refused together.
 */
class PupilStatusFormsTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private Pupil pupil;
    private PupilCard before;

    @BeforeEach
    void aPupilAtRiskOnceAndGiftedNow() {
        pupil = pupil("Ivanov", schoolClass(7, "A", null).id());
        pupils.setFlag(pupil.id(), "at-risk", today().minusDays(40), "decision 3");
        pupils.clearFlag(pupil.id(), "at-risk", today().minusDays(20));
        pupils.setFlag(pupil.id(), "gifted", today().minusDays(10), "");
        signIn("belova", CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL, CorePermissions.PUPIL_EDIT,
                CorePermissions.PUPIL_FLAGS, CorePermissions.PUPIL_ARCHIVE);
        before = pupils.card(pupil.id());
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_BIRTH" -> pupil.birthDate().minusDays(1);
            case "IN_PERIOD" -> today().minusDays(30);
            case "BEFORE_SET" -> today().minusDays(10);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private static void hasWords(ValidationException e) {
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(e.messageKey()) || words.isBlank() || words.contains("{"),
                () -> "no words for " + e.messageKey());
    }

    private void unchanged() {
        PupilCard now = pupils.card(pupil.id());
        assertEquals(before.flags(), now.flags());
        assertNull(now.leftOn());
        assertEquals("", now.leftReason());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "flag  | ''           | flag  | core.error.notInList",
        "flag  | <b>ovz</b>   | flag  | core.error.notInList",
        "flag  | naughty      | flag  | core.error.notInList",
        "flag  | gifted       | flag  | core.error.flag.alreadySet",
        "setOn | ''           | setOn | core.error.required",
        "setOn | TOMORROW     | setOn | core.error.future",
        "setOn | BEFORE_BIRTH | setOn | core.error.flag.beforeBirth",
        "setOn | 1900-01-01   | setOn | core.error.flag.beforeBirth",
        "setOn | IN_PERIOD    | setOn | core.error.flag.overlaps",
        "note  | LONG         | note  | core.error.tooLong"})
    void aBadFieldOfTheFlagIsRefusedWithWordsAndNothingIsStored(String input, String value, String field, String key) {
        String flag = "flag".equals(input) ? value : "setOn".equals(input) && "IN_PERIOD".equals(value) ? "at-risk"
                : "ovz";
        ValidationException e = refused(key, () -> pupils.setFlag(pupil.id(), flag,
                "setOn".equals(input) ? day(value) : today(), "note".equals(input) ? text(value, 500) : "PMPK 12"));

        assertEquals(field, e.field());
        hasWords(e);
        unchanged();
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "flag      | ovz        | core.error.flag.notSet",
        "flag      | <b>x</b>   | core.error.flag.notSet",
        "clearedOn | ''         | core.error.required",
        "clearedOn | TOMORROW   | core.error.future",
        "clearedOn | BEFORE_SET | core.error.flag.clearBeforeSet",
        "clearedOn | 1900-01-01 | core.error.flag.clearBeforeSet"})
    void aBadFieldOfClearingAFlagIsRefusedWithWordsAndTheFlagStays(String field, String value, String key) {
        ValidationException e = refused(key, () -> pupils.clearFlag(pupil.id(),
                "flag".equals(field) ? value : "gifted", "clearedOn".equals(field) ? day(value) : today()));

        assertEquals(field, e.field());
        hasWords(e);
        unchanged();
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "leftOn | ''           | core.error.required",
        "leftOn | TOMORROW     | core.error.future",
        "leftOn | 1900-01-01   | core.error.date.range",
        "leftOn | BEFORE_BIRTH | core.error.pupil.leftBeforeBirth",
        "reason | ''           | core.error.required",
        "reason | '   '        | core.error.required",
        "reason | LONG         | core.error.tooLong"})
    void aBadFieldOfTheArchivingIsRefusedWithWordsAndThePupilStays(String field, String value, String key) {
        ValidationException e = refused(key, () -> pupils.archive(pupil.id(),
                "leftOn".equals(field) ? day(value) : today(), "reason".equals(field) ? text(value, 300) : "moved"));

        assertEquals(field, e.field());
        hasWords(e);
        unchanged();
    }

    @Test
    void markupInTheNoteAndTheReasonIsKeptAsText() {
        FlagPeriod set = pupils.setFlag(pupil.id(), "ovz", today(), "<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", set.note());
        pupils.archive(pupil.id(), today(), "<b>moved</b>");
        assertEquals("<b>moved</b>", pupils.card(pupil.id()).leftReason());
    }

    @Test
    void everyObjectionOfEachDialogComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> pupils.setFlag(pupil.id(), "gifted", today().plusDays(1), "я".repeat(501)));
        assertEquals(List.of("note", "setOn", "flag"), fields(e));

        e = assertThrows(ValidationException.class, () -> pupils.setFlag(pupil.id(), "astrology", null, ""));
        assertEquals(List.of("flag", "setOn"), fields(e));

        e = assertThrows(ValidationException.class, () -> pupils.clearFlag(pupil.id(), "ovz", today().plusDays(1)));
        assertEquals(List.of("clearedOn", "flag"), fields(e));

        e = assertThrows(ValidationException.class, () -> pupils.archive(pupil.id(), pupil.birthDate().minusDays(1),
                " "));
        assertEquals(List.of("reason", "leftOn"), fields(e));

        e = assertThrows(ValidationException.class, () -> pupils.archive(pupil.id(), today().plusDays(1), ""));
        assertEquals(List.of("leftOn", "reason"), fields(e));
        unchanged();
    }

    @Test
    void archivingAnArchivedPupilAgainIsRefusedWithTheOtherObjections() {
        pupils.archive(pupil.id(), today(), "moved");
        ValidationException e = assertThrows(ValidationException.class,
                () -> pupils.archive(pupil.id(), today(), ""));
        assertEquals(List.of("core.error.required", "core.error.pupil.archived"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::messageKey).toList());
        assertEquals("moved", pupils.card(pupil.id()).leftReason());
    }

    private static List<String> fields(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList();
    }
}
