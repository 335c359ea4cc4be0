package org.opora.core.impl.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
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
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The document register's form fed bad values field by field — empty, too long, markup, out of range, impossible —
 * each refused on its field with words, no document registered and a registered one unchanged; every objection of
 * the form, the file's among them, refused at once.
 */
class DocumentFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Attachment PLAN = new Attachment("plan.txt", "text/plain",
            "Annual plan".getBytes(StandardCharsets.UTF_8));

    private StaffMember author;
    private Pupil pupil;
    private DocumentRecord kept;

    @BeforeEach
    void registered() {
        author = staffMember("Belova", "belova");
        pupil = pupil("Ivanov", schoolClass(5, "A", null).id());
        signIn("belova", CorePermissions.DOCUMENT_EDIT, CorePermissions.DOCUMENT_READ);
        kept = documents.add(new DocumentDraft("annual-plan", "Plan of the service", author.id(), currentYear()),
                PLAN);
    }

    private AcademicYear year(String value) {
        return switch (value) {
            case "" -> null;
            case "BEFORE" -> new AcademicYear(AcademicYear.containing(FieldChecks.earliest(today())).startYear() - 1);
            case "AFTER" -> currentYear().next().next();
            default -> AcademicYear.parse(value);
        };
    }

    private DocumentDraft draft(String field, String value) {
        return new DocumentDraft("type".equals(field) ? value : "report",
                "title".equals(field) ? ("LONG".equals(value) ? "я".repeat(501) : value) : "Report of the year",
                "authorId".equals(field) ? Long.valueOf(value) : author.id(),
                "year".equals(field) ? year(value) : currentYear(),
                "pupilId".equals(field) ? Long.valueOf(value) : pupil.id(),
                "direction".equals(field) ? value : "");
    }

    private static Attachment file(String value) {
        return switch (value) {
            case "EMPTY" -> new Attachment("plan.txt", "text/plain", new byte[0]);
            case "EXE" -> new Attachment("run.exe", "", new byte[] {1});
            case "FAKE" -> new Attachment("fake.pdf", "", "not a pdf".getBytes(StandardCharsets.UTF_8));
            default -> new Attachment(value, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "type      | ''          | core.error.notInList",
        "type      | <script>    | core.error.notInList",
        "title     | ''          | core.error.required",
        "title     | LONG        | core.error.tooLong",
        "year      | ''          | core.error.required",
        "year      | BEFORE      | core.error.year.range",
        "year      | AFTER       | core.error.year.range",
        "authorId  | 4242        | core.error.staff.unknown",
        "pupilId   | 4242        | core.error.pupil.unknown",
        "direction | astrology   | core.error.direction.unknown",
        "direction | <b>x</b>    | core.error.direction.unknown",
        "file      | EMPTY       | core.error.file.empty",
        "file      | EXE         | core.error.file.type",
        "file      | FAKE        | core.error.file.content"})
    void aBadFieldOfTheDocumentFormIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        long rows = UNIT.rows("DOCUMENT_REGISTER");
        DocumentDraft d = "file".equals(field) ? draft("", "") : draft(field, value);
        Attachment f = "file".equals(field) ? file(value) : PLAN;

        ValidationException e = refused(key, () -> documents.add(d, f));
        assertEquals(field, e.field());
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(key) || words.isBlank() || words.contains("{"), () -> "no words for " + key);
        if (!"file".equals(field)) {
            assertEquals(field, refused(key, () -> documents.update(kept.id(), kept.version(), d)).field());
        }

        assertEquals(rows, UNIT.rows("DOCUMENT_REGISTER"));
        assertEquals(kept, documents.get(kept.id()));
    }

    @Test
    void theYearsMessageNamesTheRange() {
        ValidationException e = refused("core.error.year.range", () -> documents.add(draft("year", "AFTER"), PLAN));
        assertEquals("Учебный год — не раньше " + AcademicYear.containing(FieldChecks.earliest(today())).label()
                + " и не позже " + currentYear().next().label() + ".",
                new MessagesTranslator().translate(e.messageKey(), RU, e.params()));
    }

    @Test
    void markupInTheTitleIsKeptAsText() {
        DocumentRecord d = documents.add(draft("title", "<script>alert(1)</script>"), PLAN);
        assertEquals("<script>alert(1)</script>", documents.get(d.id()).title());
    }

    @Test
    void everyObjectionOfTheDocumentFormComesAtOnce() {
        long rows = UNIT.rows("DOCUMENT_REGISTER");
        DocumentDraft bad = new DocumentDraft("poem", " ", 4242L, year("BEFORE"), 4343L, "astrology");

        ValidationException e = assertThrows(ValidationException.class, () -> documents.add(bad, file("EXE")));

        assertEquals(List.of("type", "title", "year", "authorId", "pupilId", "direction", "file"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(rows, UNIT.rows("DOCUMENT_REGISTER"));
        assertThrows(ValidationException.class, () -> documents.update(kept.id(), kept.version(), bad));
        assertEquals(kept, documents.get(kept.id()));
    }
}
