package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.impl.internal.support.Checks;

/**
 * The family's answer to the programme (consent or refusal) fed bad values field by field — empty, too long, markup,
 * out of range, impossible, 01.01.1900 among them — each refused on its field with a message that has words, the
 * programme left as it was; every objection of the dialog at once.
 */
class ConsentFormTest extends ProgrammeTestSupport {

    /** The draft was discussed with the parents ten days ago. */
    private static final int DISCUSSED = 10;

    private Programme discussed;

    @BeforeEach
    void discussedWithTheParents() {
        Programme p = written();
        discussed = lifecycle.discussedWithParents(p.id(), p.version(), today().minusDays(DISCUSSED));
        audit.clear();
    }

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "BEFORE_DISCUSSION" -> today().minusDays(DISCUSSED + 1);
            default -> LocalDate.parse(value);
        };
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    @ParameterizedTest(name = "[{index}] given={0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "true  | consentDate | ''                | core.error.required",
        "true  | consentDate | TOMORROW          | core.error.future",
        "true  | consentDate | 1900-01-01        | core.error.date.range",
        "false | consentDate | 1900-01-01        | core.error.date.range",
        "true  | consentDate | BEFORE_DISCUSSION | programmes.error.beforeEarlierStep",
        "false | consentDate | BEFORE_DISCUSSION | programmes.error.beforeEarlierStep",
        "true  | consentBy   | ''                | core.error.required",
        "true  | consentBy   | ' '               | core.error.required",
        "false | consentBy   | LONG              | core.error.tooLong",
        "false | note        | LONG              | core.error.tooLong"})
    void aBadFieldOfTheAnswerIsRefusedOnItsFieldAndNothingIsStored(boolean given, String field, String value,
            String key) {
        Consent c = new Consent(given, "consentDate".equals(field) ? day(value) : today(),
                "consentBy".equals(field) ? text(value, Checks.SHORT_TEXT) : "Grigorieva Maria",
                "note".equals(field) ? text(value, ProgrammeLifecycleImpl.CONSENT_NOTE) : "");

        ValidationException e = refused(key, () -> lifecycle.recordConsent(discussed.id(), discussed.version(), c));

        assertEquals(field, e.field());
        if (key.startsWith("programmes.")) {
            assertTrue(new MessagesTranslator().knows(key), () -> "no words for " + key);
        }
        Programme kept = programmes.get(discussed.id());
        assertEquals(ProgrammeState.DISCUSSED_WITH_PARENTS, kept.state());
        assertNull(kept.consent());
        assertEquals(discussed.version(), kept.version());
        assertEquals(discussed.steps().size(), kept.steps().size());
    }

    @Test
    void markupInTheAnswerIsKeptAsText() {
        Programme p = lifecycle.recordConsent(discussed.id(), discussed.version(),
                new Consent(false, today(), "<b>Grigorieva</b> Maria", "<script>alert(1)</script>"));
        assertEquals(ProgrammeState.CONSENT_REFUSED, p.state());
        assertEquals("<b>Grigorieva</b> Maria", p.consent().representative());
        assertEquals("<script>alert(1)</script>", p.consent().note());
    }

    @Test
    void everyObjectionOfTheAnswerComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> lifecycle.recordConsent(
                discussed.id(), discussed.version(), new Consent(true, LocalDate.parse("1900-01-01"), " ",
                        "я".repeat(ProgrammeLifecycleImpl.CONSENT_NOTE + 1))));

        assertEquals(List.of("consentDate", "consentBy", "note"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertNull(programmes.get(discussed.id()).consent());
    }
}
