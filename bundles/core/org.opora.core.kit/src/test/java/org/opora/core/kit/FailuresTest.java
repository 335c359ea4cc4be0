package org.opora.core.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.testing.TestUi;

class FailuresTest {

    private final TextField end = new TextField();
    /** What the user's action got done, step by step. */
    private final List<String> done = new ArrayList<>();

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

    /** The text of the failure's message still open. */
    private static String shownText() {
        return shown().map(n -> n.getElement().getProperty("text"))
                .orElseThrow(() -> new AssertionError("no message shown"));
    }

    @Test
    void anActionThatSucceedsRunsToItsEndAndShowsNothing() {
        boolean succeeded = Failures.run(() -> {
            done.add("saved");
            done.add("dialog closed");
        });
        assertTrue(succeeded);
        assertEquals(List.of("saved", "dialog closed"), done);
        assertTrue(shown().isEmpty());
    }

    @Test
    void aFailureEndsTheActionThereAndTheUserSeesWhy() {
        boolean succeeded = Failures.run(() -> {
            done.add("asked");
            throw new NotFoundException("pupil", 7);
        });
        assertFalse(succeeded);
        assertEquals(List.of("asked"), done, "what follows the failing call (closing, navigating) does not happen");
        assertEquals("!{core.error.notFound}!", shownText());
    }

    @Test
    void aRefusedPermissionAndAnUnexpectedFailureAreShownInPlainWords() {
        Failures.run(() -> {
            throw new AccessDeniedException("core.pupil.write");
        });
        assertEquals("!{core.kit.error.denied}!", shownText());
        Failures.run(() -> {
            throw new IllegalStateException("a bug");
        });
        assertEquals("!{core.kit.error.internal}!", shownText());
    }

    @Test
    void aReadRefusedForWantOfTheJournalSaysSo() {
        assertFalse(Failures.run(() -> {
            throw new AuditUnavailableException(new IllegalStateException("journal database gone"));
        }));
        assertEquals("!{core.kit.error.journal}!", shownText());
    }

    @Test
    void anErrorIsNotTakenForARefusal() {
        assertThrows(AssertionError.class, () -> Failures.run(() -> {
            throw new AssertionError("broken");
        }));
    }

    @Test
    void aFormsActionShowsTheObjectionOnItsField() {
        boolean succeeded = Failures.on(Map.of("end", end)).run(() -> {
            throw new ValidationException("end", "core.error.required");
        });
        assertFalse(succeeded);
        assertTrue(end.isInvalid());
        assertEquals("!{core.error.required}!", end.getErrorMessage());
        assertTrue(shown().isEmpty());
    }

    @Test
    void everyObjectionOfAFormIsShownOnItsFieldAtOnce() {
        TextField start = new TextField();
        boolean succeeded = Failures.on(Map.of("start", start, "end", end)).run(() -> {
            throw ValidationErrors.of(List.of(new ValidationException("start", "core.error.tooLong", 100),
                    new ValidationException("end", "core.error.required"),
                    new ValidationException("", "core.error.future")));
        });
        assertFalse(succeeded);
        assertTrue(start.isInvalid());
        assertEquals("!{core.error.tooLong}!", start.getErrorMessage());
        assertTrue(end.isInvalid());
        assertEquals("!{core.error.required}!", end.getErrorMessage());
        assertEquals("!{core.error.future}!", shownText());
    }

    @Test
    void aLongIdTypedInTheAddressIsShortenedAndAnUnknownRecordTypeStaysAsItIs() {
        String typed = "9".repeat(5000);
        assertEquals(Failures.ECHO, Failures.shorten(typed).length());
        assertTrue(Failures.shorten(typed).endsWith("\u2026"));
        assertEquals("5A", Failures.shorten("5A"));
        // without a translation of core.record.<type> the type itself is shown
        assertEquals("class", Failures.recordType("class"));
    }

    @Test
    void aConflictOffersToReloadAndReloadsOnlyWhenTheUserAgrees() {
        Failures.on(Map.of("end", end), () -> done.add("reloaded")).run(() -> {
            throw new ConflictException();
        });
        assertEquals(List.of(), done);
        TestUi.find("conflict-confirm", Button.class).click();
        assertEquals(List.of("reloaded"), done);
    }

    @Test
    void aConflictWithNothingToReloadIsOnlyTold() {
        Failures.on(Map.of("end", end), null).run(() -> {
            throw new ConflictException();
        });
        assertEquals("!{core.kit.conflict.text}!", shownText());
        assertTrue(TestUi.maybe("conflict", com.vaadin.flow.component.Component.class).isEmpty());
    }

    @Test
    void aValueIsThereOnlyWhenTheCallSucceeded() {
        assertEquals(Optional.of("7B"), Failures.get(() -> "7B"));
        assertTrue(shown().isEmpty());
        Optional<String> none = Failures.get(() -> {
            throw new NotFoundException("pupil", 7);
        });
        assertEquals(Optional.empty(), none);
        assertEquals("!{core.error.notFound}!", shownText());
    }

    @Test
    void aFormsValueShowsTheObjectionOnItsField() {
        Optional<String> none = Failures.on(Map.of("end", end)).get(() -> {
            throw new ValidationException("end", "core.error.required");
        });
        assertTrue(none.isEmpty());
        assertTrue(end.isInvalid());
    }

    @Test
    void aListThatCannotBeReadIsShownEmpty() {
        List<String> read = Failures.read(() -> {
            throw new NotFoundException("pupil", 7);
        }, List.of());
        assertEquals(List.of(), read);
        assertEquals("!{core.error.notFound}!", shownText());
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
