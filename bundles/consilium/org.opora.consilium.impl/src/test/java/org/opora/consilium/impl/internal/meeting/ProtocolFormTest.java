package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.impl.internal.rules.FinalisedProtocol;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The protocol's forms — the collegial conclusion, its amendment with a reason and the amendment of a pupil's
 * decision — fed bad values field by field (empty, too long, markup, impossible): each refused on its field with a
 * message that has words, nothing stored; every objection of a dialog at once.
 */
class ProtocolFormTest extends MeetingTestSupport {

    private static final MessagesTranslator MESSAGES = new MessagesTranslator();

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    /** The module's own keys have words in both languages; the core's {@code core.error.*} are checked there. */
    private static void hasWords(String key) {
        if (key.startsWith("consilium.")) {
            assertTrue(MESSAGES.knows(key), () -> "no words for " + key);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "conclusion | LONG | core.error.tooLong"})
    void aBadConclusionIsRefusedAndTheProtocolIsUnchanged(String field, String value, String key) {
        asChair();
        Meeting m = meeting();

        ValidationException e = refused(key,
                () -> protocol.recordConclusion(m.id(), m.version(), text(value, Checks.LONG_TEXT)));

        assertEquals(field, e.field());
        hasWords(key);
        assertEquals("", meetings.get(m.id()).conclusion());
        assertEquals(m.version(), meetings.get(m.id()).version());
    }

    @Test
    void markupAndAnEmptyDraftOfTheConclusionAreKeptAsText() {
        asChair();
        Meeting m = meeting();
        Meeting written = protocol.recordConclusion(m.id(), m.version(), "<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", meetings.get(m.id()).conclusion());
        protocol.recordConclusion(m.id(), written.version(), " ");
        assertEquals("", meetings.get(m.id()).conclusion(), "a draft may be emptied; finalising asks for it");
    }

    /** The amendment of the conclusion: each field refused on its own, no amendment, the conclusion as signed. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "conclusion | ''   | core.error.required",
        "conclusion | ' '  | core.error.required",
        "conclusion | LONG | core.error.tooLong",
        "reason     | ''   | consilium.error.amendment.reason",
        "reason     | ' '  | consilium.error.amendment.reason",
        "reason     | LONG | core.error.tooLong"})
    void aBadFieldOfTheConclusionsAmendmentIsRefusedAndNothingIsStored(String field, String value, String key) {
        asChair();
        Meeting m = finalised();
        String conclusion = "conclusion".equals(field) ? text(value, Checks.LONG_TEXT) : "<b>Support</b> at home";
        String reason = "reason".equals(field) ? text(value, FinalisedProtocol.MAX_REASON) : "<i>The family</i>";

        ValidationException e = refused(key, () -> protocol.amendConclusion(m.id(), m.version(), conclusion,
                reason));

        assertEquals(field, e.field());
        hasWords(key);
        assertEquals("Support at school", meetings.get(m.id()).conclusion());
        assertEquals(0, UNIT.rows("AMENDMENT"));
        assertEquals(1, UNIT.rows("OUTBOX"), "only the finalising's row");
    }

    @Test
    void markupInAnAmendmentIsKeptAsText() {
        asChair();
        Meeting m = finalised();
        protocol.amendConclusion(m.id(), m.version(), "<b>Support</b> at home", "<i>The family</i> asked");
        assertEquals("<b>Support</b> at home", meetings.get(m.id()).conclusion());
        assertEquals("<i>The family</i> asked", protocol.amendments(m.id()).get(0).reason());
    }

    /** The amendment of a pupil's decision: its fields and the reason, each refused on its own, the item unchanged. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "decisionText | LONG       | core.error.tooLong",
        "decisions    | <script>   | consilium.error.notInList",
        "curatorId    | 4242       | consilium.error.staffUnknown",
        "reviewBy     | 1900-01-01 | consilium.error.reviewBy",
        "reviewBy     | 2999-01-01 | core.error.date.range",
        "reason       | ''         | consilium.error.amendment.reason",
        "reason       | LONG       | core.error.tooLong"})
    void aBadFieldOfTheDecisionsAmendmentIsRefusedAndNothingIsStored(String field, String value, String key) {
        asChair();
        Meeting m = finalised();
        AgendaItem item = agenda.agenda(m.id()).get(0);
        Outcome o = new Outcome("Anxiety", "Calm", "", "",
                "decisions".equals(field) ? List.of(value) : List.of("recommendations", "review-again"),
                "decisionText".equals(field) ? text(value, Checks.LONG_TEXT) : "Again in spring", "", "", "",
                "curatorId".equals(field) ? Long.valueOf(value) : null,
                "reviewBy".equals(field) ? LocalDate.parse(value) : m.date().plusDays(30));
        String reason = "reason".equals(field) ? text(value, FinalisedProtocol.MAX_REASON) : "Forgotten";

        ValidationException e = refused(key, () -> protocol.amendOutcome(item.id(), item.version(), o, reason));

        assertEquals(field, e.field());
        hasWords(key);
        assertEquals(List.of("recommendations"), agenda.item(item.id()).outcome().decisions());
        assertEquals(0, UNIT.rows("AMENDMENT"));
    }

    @Test
    void everyObjectionOfTheAmendmentDialogsComesAtOnce() {
        asChair();
        Meeting m = finalised();
        AgendaItem item = agenda.agenda(m.id()).get(0);

        ValidationException c = assertThrows(ValidationException.class,
                () -> protocol.amendConclusion(m.id(), m.version(), " ", ""));
        assertEquals(List.of("conclusion", "reason"), fields(c));
        assertEquals(List.of("core.error.required", "consilium.error.amendment.reason"), keys(c));

        ValidationException d = assertThrows(ValidationException.class, () -> protocol.amendOutcome(item.id(),
                item.version(), new Outcome("я".repeat(Checks.LONG_TEXT + 1), "", "", "", List.of("exorcism"), "",
                        "", "", "", 4242L, LocalDate.parse("1900-01-01")), " "));
        assertEquals(List.of("problems", "decisions", "curatorId", "reviewBy", "reason"), fields(d));

        assertEquals("Support at school", meetings.get(m.id()).conclusion());
        assertEquals(List.of("recommendations"), agenda.item(item.id()).outcome().decisions());
        assertEquals(0, UNIT.rows("AMENDMENT"));
    }

    @Test
    void anAmendmentOfAProtocolNotFinalisedIsRefusedOnlyOnceItsFieldsAreRight() {
        asChair();
        Meeting m = meeting();
        refused("consilium.error.notFinalised", () -> protocol.amendConclusion(m.id(), m.version(), "Other",
                "Typo"));
        assertEquals(0, UNIT.rows("AMENDMENT"));
    }

    private static List<String> fields(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList();
    }

    private static List<String> keys(ValidationException e) {
        return ((ValidationErrors) e).errors().stream().map(ValidationException::messageKey).toList();
    }
}
