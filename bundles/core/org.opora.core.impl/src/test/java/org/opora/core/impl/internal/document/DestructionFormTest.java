package org.opora.core.impl.internal.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The act of destruction fed bad values field by field — empty, too long, markup, out of range, impossible, and
 * documents that may not be destroyed — each refused on its field with words, no act stored and no file destroyed;
 * several bad fields and documents refused together.
 */
class DestructionFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Attachment FILE = new Attachment("plan.txt", "text/plain",
            "Annual plan".getBytes(StandardCharsets.UTF_8));

    private DocumentRecord due;
    private DocumentRecord kept;
    private DocumentRecord permanent;
    private DocumentRecord notArchived;
    private DocumentRecord destroyed;

    @BeforeEach
    void documentsOfTheArchive() {
        signIn("head", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ,
                CorePermissions.DOCUMENT_DESTROY);
        due = archived(new DocumentDraft("annual-plan", "Plan 2015", null, new AcademicYear(2015)));
        kept = archived(new DocumentDraft("annual-plan", "Plan now", null, currentYear()));
        permanent = archived(new DocumentDraft("report", "Report 2015", null, new AcademicYear(2015)));
        notArchived = documents.add(new DocumentDraft("annual-plan", "Plan 2016", null, new AcademicYear(2016)),
                FILE);
        destroyed = archived(new DocumentDraft("annual-plan", "Plan 2014", null, new AcademicYear(2014)));
        documents.destroy(new DestructionDraft("1", today(), "Smirnova E. V., director", List.of(destroyed.id())));
        signIn("head", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ,
                CorePermissions.DOCUMENT_DESTROY);
    }

    private DocumentRecord archived(DocumentDraft draft) {
        DocumentRecord d = documents.add(draft, FILE);
        return documents.archive(d.id(), d.version(), true);
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return switch (value) {
            case "LONG" -> "я".repeat(max + 1);
            case "MEMBER" -> "Smirnova E. V., director;\n" + "я".repeat(Destruction.MEMBER_LENGTH + 1);
            default -> value;
        };
    }

    private List<Long> documentsOf(String value) {
        return switch (value) {
            case "NONE" -> List.of();
            case "UNKNOWN" -> List.of(due.id(), 4242L);
            case "KEPT" -> List.of(due.id(), kept.id());
            case "PERMANENT" -> List.of(permanent.id(), due.id());
            case "NOT_ARCHIVED" -> List.of(notArchived.id());
            case "DESTROYED" -> List.of(destroyed.id(), due.id());
            default -> throw new IllegalArgumentException(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "number     | ''           | core.error.required",
        "number     | LONG         | core.error.tooLong",
        "date       | ''           | core.error.required",
        "date       | TOMORROW     | core.error.future",
        "date       | 1900-01-01   | core.error.date.range",
        "commission | ''           | core.error.required",
        "commission | LONG         | core.error.tooLong",
        "commission | MEMBER       | core.error.destruction.memberTooLong",
        "documents  | NONE         | core.error.destruction.none",
        "documents  | UNKNOWN      | core.error.destruction.unknown",
        "documents  | KEPT         | core.error.destruction.kept",
        "documents  | PERMANENT    | core.error.destruction.permanent",
        "documents  | NOT_ARCHIVED | core.error.destruction.notArchived",
        "documents  | DESTROYED    | core.error.destruction.destroyed"})
    void aBadFieldOfTheActIsRefusedWithWordsAndNothingIsDestroyed(String field, String value, String key) {
        DestructionDraft d = new DestructionDraft("number".equals(field) ? text(value, 100) : "7-A",
                "date".equals(field) ? day(value) : today(),
                "commission".equals(field) ? text(value, 2000) : "Smirnova E. V., director",
                "documents".equals(field) ? documentsOf(value) : List.of(due.id()));

        ValidationException e = refused(key, () -> documents.destroy(d));

        assertEquals(field, e.field());
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(e.messageKey()) || words.isBlank() || words.contains("{"),
                () -> "no words for " + key + ": " + words);
        nothingDestroyed();
    }

    private void nothingDestroyed() {
        assertEquals(List.of("1"), documents.acts().stream().map(DestructionAct::number).toList());
        assertFalse(documents.get(due.id()).destroyed());
        assertArrayEquals(FILE.content(), documents.file(due.id()).content());
    }

    @Test
    void theMessagesNameTheDocumentAndTheDayItIsKeptUntil() {
        ValidationException e = refused("core.error.destruction.kept",
                () -> documents.destroy(new DestructionDraft("7-A", today(), "Smirnova", List.of(kept.id()))));
        assertEquals("Срок хранения документа «Plan now» истекает "
                + org.opora.core.support.FieldChecks.day(documents.keptUntil(kept))
                + "; уничтожить его можно после этой даты.",
                new MessagesTranslator().translate(e.messageKey(), RU, e.params()));
        e = refused("core.error.destruction.unknown",
                () -> documents.destroy(new DestructionDraft("7-A", today(), "Smirnova", List.of(123456L))));
        assertEquals("Документа № 123456 нет в реестре; обновите список документов.",
                new MessagesTranslator().translate(e.messageKey(), RU, e.params()));
    }

    @Test
    void markupInTheActIsKeptAsText() {
        DestructionAct act = documents.destroy(new DestructionDraft("<b>7</b>", today(),
                "<script>alert(1)</script>, director", List.of(due.id())));
        assertEquals("<b>7</b>", documents.acts().get(0).number());
        assertEquals("<script>alert(1)</script>, director", act.commission());
    }

    @Test
    void everyObjectionOfTheActComesAtOnceEachDocumentByItsTitle() {
        DestructionDraft bad = new DestructionDraft(" ", today().plusDays(1), "",
                List.of(due.id(), 4242L, kept.id(), notArchived.id(), permanent.id()));

        ValidationException e = assertThrows(ValidationException.class, () -> documents.destroy(bad));

        List<ValidationException> all = ((ValidationErrors) e).errors();
        assertEquals(List.of("number", "date", "commission", "documents", "documents", "documents", "documents"),
                all.stream().map(ValidationException::field).toList());
        assertEquals(List.of("core.error.required", "core.error.future", "core.error.required",
                "core.error.destruction.unknown", "core.error.destruction.kept",
                "core.error.destruction.notArchived", "core.error.destruction.permanent"),
                all.stream().map(ValidationException::messageKey).toList());
        nothingDestroyed();
    }
}
