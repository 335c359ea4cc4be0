package org.opora.patronage.impl.internal.legal;

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
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.legal.CourtHearing;
import org.opora.patronage.api.legal.CourtHearingDraft;
import org.opora.patronage.api.legal.KdnDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The court hearing's and the certificate for the КДН's dialogs fed bad values field by field — empty, too long,
 * markup, out of range, impossible, 01.01.1900 among them — each refused on its field, nothing stored and a recorded
 * hearing unchanged; every objection of a dialog refused at once.
 */
class LegalFormsTest extends PatronageServiceTestSupport {

    private PatronageCase c;
    private CourtHearing kept;

    @BeforeEach
    void caseWithAHearing() {
        c = curatedCase();
        asCoordinator();
        kept = court.record(c.id(), new CourtHearingDraft(today().plusDays(5), "District court", "Parental rights",
                "Belov S. N.", ""));
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "TOMORROW" -> today().plusDays(1);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            case "BEFORE_OPENING" -> c.openedOn().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "date           | ''             | core.error.required",
        "date           | 1900-01-01     | core.error.date.range",
        "date           | AFTER          | core.error.date.range",
        "date           | BEFORE_OPENING | patronage.rule.beforeOpening",
        "court          | ''             | core.error.required",
        "court          | LONG           | core.error.tooLong",
        "matter         | ' '            | core.error.required",
        "matter         | LONG           | core.error.tooLong",
        "representative | ''             | core.error.required",
        "representative | LONG           | core.error.tooLong",
        "outcome        | LONG           | core.error.tooLong",
        "outcome        | Granted        | patronage.rule.outcomeBeforeHearing"})
    void aBadFieldOfTheHearingIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        CourtHearingDraft d = new CourtHearingDraft("date".equals(field) ? day(value) : today().plusDays(3),
                "court".equals(field) ? text(value, CourtServiceImpl.SHORT) : "<b>District court</b>",
                "matter".equals(field) ? text(value, CourtServiceImpl.MATTER) : "Parental rights",
                "representative".equals(field) ? text(value, CourtServiceImpl.SHORT) : "Belov S. N.",
                "outcome".equals(field) ? text(value, CourtServiceImpl.OUTCOME) : "");

        assertEquals(field, refused(key, () -> court.record(c.id(), d)).field());
        assertEquals(field, refused(key, () -> court.update(kept.id(), kept.version(), d)).field());

        assertEquals(List.of(kept), court.hearings(c.id()));
    }

    @Test
    void everyObjectionOfTheHearingComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> court.record(c.id(),
                new CourtHearingDraft(today().plusDays(1), " ", "", "я".repeat(401), "Granted")));
        assertEquals(List.of("outcome", "court", "matter", "representative"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(kept), court.hearings(c.id()));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "issuedOn   | ''             | core.error.required",
        "issuedOn   | TOMORROW       | core.error.future",
        "issuedOn   | 1900-01-01     | core.error.date.range",
        "issuedOn   | BEFORE_OPENING | patronage.rule.beforeOpening",
        "addressee  | ''             | core.error.required",
        "addressee  | LONG           | core.error.tooLong",
        "purpose    | LONG           | core.error.tooLong",
        "behaviour  | ' '            | core.error.required",
        "behaviour  | LONG           | core.error.tooLong",
        "family     | ''             | core.error.required",
        "family     | LONG           | core.error.tooLong",
        "workDone   | ''             | core.error.required",
        "workDone   | LONG           | core.error.tooLong",
        "conclusion | ''             | core.error.required",
        "conclusion | LONG           | core.error.tooLong"})
    void aBadFieldOfTheCertificateIsRefusedOnItsFieldAndNothingIsStored(String field, String value, String key) {
        KdnDraft d = new KdnDraft("issuedOn".equals(field) ? day(value) : today(),
                "addressee".equals(field) ? text(value, KdnServiceImpl.SHORT) : "KDN of the district",
                "purpose".equals(field) ? text(value, KdnServiceImpl.SHORT) : "",
                "behaviour".equals(field) ? text(value, KdnServiceImpl.TEXT) : "<script>alert(1)</script>",
                "family".equals(field) ? text(value, KdnServiceImpl.TEXT) : "Lives with the grandmother",
                "workDone".equals(field) ? text(value, KdnServiceImpl.LONG) : "Talks, visits",
                "conclusion".equals(field) ? text(value, KdnServiceImpl.TEXT) : "Needs support");

        assertEquals(field, refused(key, () -> kdn.issue(c.id(), d)).field());

        assertEquals(0, UNIT.rows("KDN_CERTIFICATE"));
        assertEquals(List.of(), kdn.certificates(c.id()));
    }

    @Test
    void everyObjectionOfTheCertificateComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> kdn.issue(c.id(),
                new KdnDraft(LocalDate.parse("1900-01-01"), "", "", " ", "", "", "")));
        assertEquals(List.of("issuedOn", "addressee", "behaviour", "family", "workDone", "conclusion"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, UNIT.rows("KDN_CERTIFICATE"));
    }
}
