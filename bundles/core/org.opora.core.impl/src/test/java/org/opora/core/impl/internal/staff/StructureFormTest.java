package org.opora.core.impl.internal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The structure's dialogs — appointing the head of the service, adding a member to a body, ending a membership —
 * fed bad values field by field (empty, markup, out of range, impossible), each refused on its field with words and
 * nobody appointed, added or ended; several bad fields refused together.
 */
class StructureFormTest extends CoreServiceTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final LocalDate start = LocalDate.now().minusMonths(6);
    private StaffMember belova;
    private StaffMember popova;
    private StaffMember gone;
    private Order order;
    private Order later;
    private HeadAppointment head;

    @BeforeEach
    void peopleOrdersAndACurrentHeadAndChair() {
        belova = staffMember("Belova", "belova");
        popova = staffMember("Popova", "popova");
        gone = staffMember("Orlova", "orlova");
        staff.setActive(gone.id(), false);
        order = order("45-o", start);
        later = order("46-o", start.plusMonths(1));
        head = structure.appointHead(belova.id(), order.id(), start.plusDays(10));
        structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start.plusDays(10), null));
        signIn("director", CorePermissions.STRUCTURE_MANAGE, CorePermissions.STAFF_READ);
    }

    private LocalDate day(String value) {
        return switch (value) {
            case "" -> null;
            case "BEFORE_ORDER" -> start.minusDays(1);
            case "BEFORE_LATER" -> start.plusMonths(1).minusDays(1);
            case "SAME_AS_HEAD" -> start.plusDays(10);
            case "AFTER" -> FieldChecks.lastSchoolDay(today()).plusDays(1);
            default -> LocalDate.parse(value);
        };
    }

    private long staffOf(String value) {
        return switch (value) {
            case "GONE" -> gone.id();
            case "CHAIR" -> belova.id();
            default -> Long.parseLong(value);
        };
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "staffId | 4242          | core.error.staff.unknown",
        "staffId | GONE          | core.error.staff.unknown",
        "orderId | 4242          | core.error.order.unknown",
        "from    | ''            | core.error.required",
        "from    | 1900-01-01    | core.error.date.range",
        "from    | AFTER         | core.error.date.range",
        "from    | BEFORE_ORDER  | core.error.appointment.beforeOrder",
        "from    | SAME_AS_HEAD  | core.error.appointment.beforePrevious"})
    void aBadFieldOfTheHeadsAppointmentIsRefusedWithWordsAndNobodyIsAppointed(String field, String value,
            String key) {
        ValidationException e = refused(key, () -> structure.appointHead(
                "staffId".equals(field) ? staffOf(value) : popova.id(),
                "orderId".equals(field) ? Long.parseLong(value) : order.id(),
                "from".equals(field) ? day(value) : today()));

        assertEquals(field, e.field());
        hasWords(e);
        assertEquals(List.of(head.id()), structure.headHistory().stream().map(HeadAppointment::id).toList());
        assertEquals(null, structure.headHistory().get(0).to(), "the current head stays");
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "body    | ''            | core.error.notInList",
        "body    | <b>council</b> | core.error.notInList",
        "role    | ''            | core.error.notInList",
        "role    | <script>      | core.error.notInList",
        "role    | CHAIR_TAKEN   | core.error.membership.roleTaken",
        "staffId | 4242          | core.error.staff.unknown",
        "staffId | GONE          | core.error.staff.unknown",
        "staffId | CHAIR         | core.error.membership.already",
        "orderId | 4242          | core.error.order.unknown",
        "from    | ''            | core.error.required",
        "from    | 1900-01-01    | core.error.date.range",
        "from    | AFTER         | core.error.date.range",
        "from    | BEFORE_LATER  | core.error.appointment.beforeOrder"})
    void aBadFieldOfTheNewMemberIsRefusedWithWordsAndNobodyIsAdded(String field, String value, String key) {
        MemberDraft d = new MemberDraft("body".equals(field) ? value : "consilium",
                "staffId".equals(field) ? staffOf(value) : popova.id(),
                "role".equals(field) ? ("CHAIR_TAKEN".equals(value) ? "chair" : value) : "member",
                "from".equals(field) ? day(value) : today(),
                "orderId".equals(field) ? Long.valueOf(value) : later.id());

        ValidationException e = refused(key, () -> structure.addMember(d));

        assertEquals(field, e.field());
        hasWords(e);
        assertEquals(List.of("Belova"), structure.memberHistory("consilium").stream()
                .map(m -> m.staffName().split(" ")[0]).toList());
    }

    @ParameterizedTest(name = "[{index}] to={0}")
    @CsvSource(delimiter = '|', value = {
        "''           | core.error.required",
        "1900-01-01   | core.error.date.range",
        "AFTER        | core.error.date.range",
        "BEFORE_ORDER | core.error.membership.endBeforeStart"})
    void aBadEndOfAMembershipIsRefusedWithWordsAndTheMemberStays(String value, String key) {
        BodyMember chair = structure.memberHistory("consilium").get(0);

        ValidationException e = refused(key, () -> structure.endMembership(chair.id(), day(value)));

        assertEquals("to", e.field());
        hasWords(e);
        assertEquals(null, structure.memberHistory("consilium").get(0).to());
    }

    @Test
    void anEndedMembershipIsNotEndedAgain() {
        BodyMember chair = structure.memberHistory("consilium").get(0);
        structure.endMembership(chair.id(), today());
        ValidationException e = refused("core.error.membership.ended",
                () -> structure.endMembership(chair.id(), today()));
        assertEquals("to", e.field());
        hasWords(e);
        assertEquals(today(), structure.memberHistory("consilium").get(0).to());
    }

    private static void hasWords(ValidationException e) {
        String words = new MessagesTranslator().translate(e.messageKey(), RU, e.params());
        assertFalse(words.equals(e.messageKey()) || words.isBlank() || words.contains("{"),
                () -> "no words for " + e.messageKey());
    }

    @Test
    void everyObjectionOfTheHeadsAppointmentComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> structure.appointHead(4242, 4343, start.plusDays(5)));

        assertEquals(List.of("staffId", "orderId", "from"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(List.of("core.error.staff.unknown", "core.error.order.unknown",
                "core.error.appointment.beforePrevious"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::messageKey).toList());
        assertEquals(1, structure.headHistory().size());
    }

    @Test
    void everyObjectionOfTheNewMemberComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> structure.addMember(
                new MemberDraft("consilium", gone.id(), "astrologer", null, 4242L)));

        assertEquals(List.of("role", "from", "staffId", "orderId"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(1, structure.memberHistory("consilium").size());

        e = assertThrows(ValidationException.class, () -> structure.addMember(
                new MemberDraft("consilium", belova.id(), "chair", start.plusMonths(1).minusDays(1), later.id())));
        assertEquals(List.of("core.error.appointment.beforeOrder", "core.error.membership.already"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::messageKey).toList());
        List<BodyMember> members = structure.memberHistory("consilium");
        assertEquals(1, members.size());
    }
}
