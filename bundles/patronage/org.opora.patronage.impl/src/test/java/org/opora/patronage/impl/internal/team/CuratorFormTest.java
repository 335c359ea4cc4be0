package org.opora.patronage.impl.internal.team;

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
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.api.team.CuratorKind;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/**
 * The dialog appointing a curator fed bad values field by field — empty, too long, markup, out of range, impossible,
 * 01.01.1900 among them — each refused on its field, no curator appointed; every objection at once.
 */
class CuratorFormTest extends PatronageServiceTestSupport {

    private PatronageCase c;

    @BeforeEach
    void openedCase() {
        c = openCase();
        signIn("khudyakov", DIRECTOR);
    }

    private static String text(String value) {
        return "LONG".equals(value) ? "я".repeat(CuratorServiceImpl.NAME + 1) : value;
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            case "BEFORE_ORDER" -> order.date().minusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "INTERNAL | kind         | ''             | core.error.required",
        "INTERNAL | from         | ''             | core.error.required",
        "INTERNAL | from         | 1900-01-01     | core.error.date.range",
        "INTERNAL | from         | AFTER          | core.error.date.range",
        "INTERNAL | from         | BEFORE_ORDER   | patronage.rule.beforeOrder",
        "INTERNAL | orderId      | ''             | patronage.rule.orderRequired",
        "INTERNAL | orderId      | 4242           | patronage.error.orderUnknown",
        "INTERNAL | staffId      | ''             | core.error.required",
        "INTERNAL | staffId      | 4242           | patronage.error.staffUnknown",
        "EXTERNAL | name         | ''             | core.error.required",
        "EXTERNAL | name         | LONG           | core.error.tooLong",
        "EXTERNAL | organisation | ' '            | core.error.required",
        "EXTERNAL | organisation | LONG           | core.error.tooLong"})
    void aBadFieldOfTheCuratorIsRefusedOnItsFieldAndNoneIsAppointed(CuratorKind kind, String field, String value,
            String key) {
        CuratorDraft d = new CuratorDraft("kind".equals(field) ? null : kind,
                kind == CuratorKind.INTERNAL ? ("staffId".equals(field) ? (value.isEmpty() ? null
                        : Long.valueOf(value)) : Long.valueOf(psychologist.id())) : null,
                "name".equals(field) ? text(value) : "<b>Petrova</b> Anna",
                "organisation".equals(field) ? text(value) : "KCSON",
                "orderId".equals(field) ? (value.isEmpty() ? null : Long.valueOf(value)) : Long.valueOf(order.id()),
                "from".equals(field) ? day(value) : order.date());

        assertEquals(field, refused(key, () -> curators.appoint(c.id(), d)).field());

        assertEquals(0, UNIT.rows("CURATOR"));
    }

    @Test
    void everyObjectionOfTheCuratorComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> curators.appoint(c.id(),
                CuratorDraft.external(" ", "я".repeat(CuratorServiceImpl.NAME + 1), 4242L,
                        LocalDate.parse("1900-01-01"))));
        assertEquals(List.of("from", "orderId", "name", "organisation"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of(), curators.curators(c.id()));
    }
}
