package org.opora.core.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.platform.ui.testing.TestUi;

class FailuresTest {

    private final TextField end = new TextField();

    @BeforeEach
    void open() {
        TestUi.open();
    }

    @AfterEach
    void close() {
        TestUi.close();
    }

    /** The failure's message still open, if any. */
    private static Optional<Notification> shown() {
        return Optional.ofNullable(ComponentUtil.getData(UI.getCurrent(), Notification.class))
                .filter(Notification::isOpened);
    }

    @Test
    void anObjectionOnAFieldIsShownThereAndClearedBeforeTheNextAttempt() {
        Failures.show(new ValidationException("end", "core.error.required"), Map.of("end", end), null);
        assertTrue(end.isInvalid());
        assertEquals("!{core.error.required}!", end.getErrorMessage());
        assertTrue(shown().isEmpty(), "no message besides the field's");
        Failures.clear(Map.of("end", end));
        assertFalse(end.isInvalid());
    }

    @Test
    void theMessageOfTheLastFailureIsClosedByTheNextAttempt() {
        Failures.show(new ValidationException("elsewhere", "core.error.required"), Map.of("end", end), null);
        Notification message = shown().orElseThrow(() -> new AssertionError("an objection without its field"));
        Failures.clear(Map.of("end", end));
        assertFalse(message.isOpened(), "the corrected attempt does not keep the old message");
        assertTrue(shown().isEmpty());
    }
}
