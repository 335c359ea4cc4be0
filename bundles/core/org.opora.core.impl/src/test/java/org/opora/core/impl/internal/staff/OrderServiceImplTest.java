package org.opora.core.impl.internal.staff;

import org.opora.core.api.ValidationErrors;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class OrderServiceImplTest extends CoreServiceTestSupport {

    private final LocalDate lastYear = LocalDate.now().minusYears(1).withDayOfYear(10);

    @Test
    void theDeputyRegistersAnOrderAndTheRegistrationIsAudited() {
        signIn("deputy", CorePermissions.STRUCTURE_MANAGE, CorePermissions.STAFF_READ);

        Order o = orders.register(new OrderDraft(" 45-o ", lastYear, "On the support service", "head"));

        assertEquals("45-o", o.number());
        assertEquals(o, orders.get(o.id()));
        audited("deputy", AuditAction.CREATE, "order", o.id());
        assertEquals("45-o", audit.last().summary());
    }

    @Test
    void aNumberIsUniqueWithinTheCalendarYearOfItsDate() {
        order("45-o", lastYear);

        ValidationException e = refused("core.error.order.duplicate",
                () -> order("45-o", lastYear.plusMonths(2)));
        assertEquals("number", e.field());
        assertEquals(lastYear.getYear(), e.params()[1]);
        Order nextYear = order("45-o", lastYear.plusYears(1).withDayOfYear(1));
        assertEquals(2, orders.count("45-o"));
        Order kept = orders.update(nextYear.id(), nextYear.version(),
                new OrderDraft("45-o", nextYear.date(), "Renamed", ""));
        assertEquals("Renamed", kept.title(), "an order keeps its own number");
    }

    @Test
    void anOrderCannotBeDatedInTheFutureOrLackANumberOrTitle() {
        refused("core.error.future", () -> order("1", LocalDate.now().plusDays(1)));
        refused("core.error.required", () -> order(" ", lastYear));
        refused("core.error.required", () -> orders.register(new OrderDraft("1", lastYear, "", "")));
        refused("core.error.required", () -> orders.register(null));
        assertEquals(0, orders.count(""));
    }

    @Test
    void readersMayNotRegisterAndOthersMayNotRead() {
        Order o = order("1", lastYear);
        signIn("reader", CorePermissions.STAFF_READ);
        denied(CorePermissions.STRUCTURE_MANAGE, () -> order("2", lastYear));
        denied(CorePermissions.STRUCTURE_MANAGE,
                () -> orders.update(o.id(), o.version(), new OrderDraft("2", lastYear, "x", "")));
        signIn("nobody");
        denied(CorePermissions.STAFF_READ, () -> orders.find("", 0, 10));
        denied(CorePermissions.STAFF_READ, () -> orders.count(""));
    }

    @Test
    void anUpdateFromAStaleCopyIsAConflictAndAuditedOtherwise() {
        Order o = order("1", lastYear);
        orders.update(o.id(), o.version(), new OrderDraft("1", lastYear, "First change", ""));
        audited("system", AuditAction.UPDATE, "order", o.id());

        assertThrows(ConflictException.class,
                () -> orders.update(o.id(), o.version(), new OrderDraft("1", lastYear, "Second change", "")));
        assertEquals("First change", orders.get(o.id()).title());
    }

    @Test
    void theRegisterIsSearchedByNumberAndTitleWordsNewestFirst() {
        order("10-k", lastYear);
        orders.register(new OrderDraft("11-o", lastYear.plusDays(1), "On the consilium", ""));
        orders.register(new OrderDraft("12-o", lastYear.plusDays(2), "On the support service", ""));

        assertEquals(List.of("12-o", "11-o", "10-k"), numbers(orders.find("", 0, 10)));
        assertEquals(List.of("12-o", "11-o"), numbers(orders.find("-O", 0, 10)));
        assertEquals(List.of("12-o"), numbers(orders.find("support on", 0, 10)));
        assertEquals(List.of("11-o"), numbers(orders.find("", 1, 1)));
        assertEquals(1, orders.count("consilium"));
    }

    private static List<String> numbers(List<Order> found) {
        return found.stream().map(Order::number).toList();
    }

    /** Each field of the order form fed a bad value: refused with its message on that field, nothing stored. */
    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "number  | ''         | core.error.required",
        "number  | LONG       | core.error.tooLong",
        "date    | ''         | core.error.required",
        "date    | TOMORROW   | core.error.future",
        "date    | 1900-01-01 | core.error.date.range",
        "title   | ''         | core.error.required",
        "title   | LONG       | core.error.tooLong",
        "subject | LONG       | core.error.tooLong"})
    void aBadFieldOfTheOrderFormIsRefusedAndNothingIsStored(String field, String value, String key) {
        int[] max = {40, 500, 2000};
        String v = !"LONG".equals(value) ? value
                : "я".repeat(1 + ("number".equals(field) ? max[0] : "title".equals(field) ? max[1] : max[2]));
        LocalDate date = !"date".equals(field) ? lastYear : v.isEmpty() ? null
                : "TOMORROW".equals(v) ? LocalDate.now().plusDays(1) : LocalDate.parse(v);
        ValidationException e = refused(key, () -> orders.register(new OrderDraft("number".equals(field) ? v : "12",
                date, "title".equals(field) ? v : "On the support service", "subject".equals(field) ? v : "")));
        assertEquals(field, e.field());
        assertEquals(0, orders.count(""));
    }

    @Test
    void everyObjectionOfTheOrderFormComesAtOnceAndMarkupIsKeptAsText() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> orders.register(new OrderDraft(" ", null, "", "я".repeat(2001))));
        assertEquals(List.of("number", "date", "title", "subject"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, orders.count(""));
        Order o = orders.register(new OrderDraft("<b>7</b>", lastYear, "<script>alert(1)</script>", ""));
        assertEquals("<script>alert(1)</script>", orders.get(o.id()).title());
    }
}
