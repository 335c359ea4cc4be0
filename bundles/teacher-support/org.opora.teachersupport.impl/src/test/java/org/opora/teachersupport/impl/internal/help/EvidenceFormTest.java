package org.opora.teachersupport.impl.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.EvidenceStage;
import org.opora.teachersupport.api.record.SupportRecord;
import org.opora.teachersupport.impl.internal.support.TeacherSupportTestSupport;

/**
 * The evidence of a support record fed bad values field by field — the kind, the stage, the day (01.01.1900 among
 * them), the description, and the file: empty, without a name, with too long a name, larger than the setting (1 KB
 * here), of a type the school does not allow — each refused on its field, neither the evidence nor its file stored;
 * every objection at once; markup kept as typed.
 */
class EvidenceFormTest extends TeacherSupportTestSupport {

    private static final byte[] TEXT = "before: 12 of 25 pupils".getBytes(StandardCharsets.UTF_8);

    private SupportRecord r;

    @BeforeEach
    void recorded() {
        wire(Map.of("maxEvidenceFileKb", 1));
        r = openRecord();
        asLead();
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_DECISION" -> r.decidedOn().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private static Attachment file(String value) {
        return switch (value) {
            case "EMPTY" -> new Attachment("before.txt", "text/plain", new byte[0]);
            case "NO_NAME" -> new Attachment(" ", "text/plain", TEXT);
            case "LONG_NAME" -> new Attachment("я".repeat(252) + ".txt", "text/plain", TEXT);
            case "LARGE" -> new Attachment("before.pdf", "application/pdf", new byte[1025]);
            default -> new Attachment(value, "application/pdf", TEXT);
        };
    }

    private long stored() {
        return UNIT.rows("EVIDENCE") + UNIT.rows("EVIDENCE_FILE");
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "kind        | ''              | core.error.required",
        "kind        | <script>        | teachersupport.rule.unknownCode",
        "kind        | gossip          | teachersupport.rule.unknownCode",
        "stage       | ''              | core.error.required",
        "date        | ''              | core.error.required",
        "date        | TOMORROW        | core.error.future",
        "date        | 1900-01-01      | core.error.date.range",
        "date        | BEFORE_DECISION | teachersupport.rule.beforeDecision",
        "description | ' '             | core.error.required",
        "description | LONG            | core.error.tooLong",
        "file        | EMPTY           | teachersupport.rule.fileEmpty",
        "file        | NO_NAME         | teachersupport.rule.fileEmpty",
        "file        | LONG_NAME       | core.error.tooLong",
        "file        | LARGE           | teachersupport.rule.fileTooLarge",
        "file        | results.exe     | core.error.file.type"})
    void aBadFieldOfTheEvidenceIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        EvidenceDraft d = new EvidenceDraft("kind".equals(field) ? value : "tests-analysis",
                "stage".equals(field) ? null : EvidenceStage.BEFORE,
                "date".equals(field) ? day(value) : today(),
                "description".equals(field) ? ("LONG".equals(value) ? "я".repeat(HelpServiceImpl.DESCRIPTION + 1)
                        : value) : "<b>Test</b> in 7B before the support",
                "file".equals(field) ? file(value) : new Attachment("before.txt", "text/plain", TEXT));

        assertEquals(field, refused(key, () -> help.addEvidence(r.id(), d)).field());

        assertEquals(List.of(), help.evidence(r.id()));
        assertEquals(0, stored());
    }

    @Test
    void everyObjectionOfTheEvidenceComesAtOnce() {
        EvidenceDraft bad = new EvidenceDraft("gossip", null, LocalDate.parse("1900-01-01"), " ",
                new Attachment("results.exe", "application/pdf", TEXT));

        ValidationException e = assertThrows(ValidationException.class, () -> help.addEvidence(r.id(), bad));

        assertEquals(List.of("kind", "stage", "date", "description", "file"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, stored());
    }

    @Test
    void markupIsKeptAsTypedWithTheFile() {
        Evidence e = help.addEvidence(r.id(), new EvidenceDraft("tests-analysis", EvidenceStage.AFTER, today(),
                "<script>alert(1)</script>", new Attachment("after.txt", "text/plain", TEXT)));
        assertEquals("<script>alert(1)</script>", e.description());
        assertEquals(List.of(e), help.evidence(r.id()));
        assertEquals(2, stored());
    }
}
