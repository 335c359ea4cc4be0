package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The consilium's composition — appointing a member (staff member, role, first day, order) and ending a membership
 * (last day) — fed bad values field by field (empty, markup, unknown, out of range, impossible, 01.01.1900 among
 * them): each refused on its field, the composition unchanged; every objection of the appointment at once.
 */
class CompositionFormTest extends MeetingTestSupport {

    private static LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "AFTER" -> FieldChecks.lastSchoolDay(LocalDate.now()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "staffId | 4242       | consilium.error.staffUnknown",
        "role    | ''         | core.error.required",
        "role    | <b>king</b> | consilium.error.notInList",
        "from    | ''         | core.error.required",
        "from    | 1900-01-01 | core.error.date.range",
        "from    | AFTER      | core.error.date.range",
        "orderId | ''         | consilium.error.orderRequired"})
    void aBadFieldOfTheAppointmentIsRefusedOnItsFieldAndNobodyIsAppointed(String field, String value, String key) {
        long staffId = "staffId".equals(field) ? Long.parseLong(value) : teacher.id();
        String role = "role".equals(field) ? value : "member";
        LocalDate from = "from".equals(field) ? day(value) : LocalDate.now();
        Long order = "orderId".equals(field) ? null : 77L;

        ValidationException e = refused(key, () -> consilium.appoint(staffId, role, from, order));

        assertEquals(field, e.field());
        if (key.startsWith("consilium.")) {
            assertTrue(new MessagesTranslator().knows(key), () -> "no words for " + key);
        }
        assertEquals(2, consilium.compositionHistory().size());
    }

    @Test
    void everyObjectionOfTheAppointmentComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> consilium.appoint(4242L, "astrologer", LocalDate.parse("1900-01-01"), null));

        assertEquals(List.of("staffId", "role", "from", "orderId"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(2, consilium.compositionHistory().size());
    }

    @ParameterizedTest(name = "[{index}] to={0}")
    @CsvSource(delimiter = '|', value = {
        "''          | core.error.required",
        "1900-01-01  | core.error.date.range",
        "AFTER       | core.error.date.range",
        "BEFORE_FROM | core.error.membership.endBeforeStart"})
    void aBadLastDayIsRefusedAndTheMembershipGoesOn(String value, String key) {
        BodyMember secretarys = consilium.compositionHistory().get(1);
        LocalDate to = "BEFORE_FROM".equals(value) ? secretarys.from().minusDays(1) : day(value);

        assertEquals("to", refused(key, () -> consilium.endMembership(secretarys.id(), to)).field());

        assertNull(consilium.compositionHistory().get(1).to());
    }
}
