package org.opora.core.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.platform.ui.testing.TestUi;

/** Date pickers never turn red without words: a day past a limit names it, an impossible day says so. */
class DatesTest {

    private DatePicker picker;

    @BeforeEach
    void open() {
        TestUi.open();
        picker = Dates.picker("day", "core.kit.date.today");
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    private ValidationResult own(LocalDate value) {
        return picker.getDefaultValidator().apply(value, new ValueContext(picker));
    }

    @Test
    void aDayPastTheLimitIsRefusedNamingIt() {
        Dates.max(picker, LocalDate.of(2026, 12, 6));
        Dates.min(picker, LocalDate.of(2026, 9, 1));
        assertEquals("!{core.kit.date.max}!", own(LocalDate.of(2026, 12, 7)).getErrorMessage());
        assertEquals("!{core.kit.date.min}!", own(LocalDate.of(2026, 8, 31)).getErrorMessage());
        assertTrue(!own(LocalDate.of(2026, 12, 6)).isError());
        assertEquals("!{core.kit.date.max}!", picker.getI18n().getMaxErrorMessage());
    }

    @Test
    void anImpossibleTypedDayIsToldAsSuchNotAsMissing() throws ReflectiveOperationException {
        // what the browser reports when 31.02.2026 was typed: no value, the text kept as unparsable
        Field unparsable = DatePicker.class.getDeclaredField("unparsableValue");
        unparsable.setAccessible(true);
        unparsable.set(picker, "31.02.2026");

        Failures.required(picker);
        assertTrue(picker.isInvalid());
        assertEquals("!{core.kit.date.badInput}!", picker.getErrorMessage());
        assertEquals("!{core.kit.date.badInput}!",
                Dates.required(picker).apply(null, new ValueContext(picker)).getErrorMessage());

        unparsable.set(picker, null);
        Failures.required(picker);
        assertEquals("!{core.kit.common.required}!", picker.getErrorMessage());
        assertEquals("!{core.kit.common.required}!",
                Dates.required(picker).apply(null, new ValueContext(picker)).getErrorMessage());
    }
}
