package org.opora.programmes.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.programmes.api.ProgrammeState.APPROVED;
import static org.opora.programmes.api.ProgrammeState.CHANGED;
import static org.opora.programmes.api.ProgrammeState.CLOSED;
import static org.opora.programmes.api.ProgrammeState.CONSENT_GIVEN;
import static org.opora.programmes.api.ProgrammeState.CONSENT_REFUSED;
import static org.opora.programmes.api.ProgrammeState.DISCUSSED_WITH_PARENTS;
import static org.opora.programmes.api.ProgrammeState.DRAFT;
import static org.opora.programmes.api.ProgrammeState.EXTENDED;
import static org.opora.programmes.api.ProgrammeState.IN_PROGRESS;
import static org.opora.programmes.api.ProgrammeState.REVIEW;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.ProgrammeState;

class LifecycleTest {

    private final Lifecycle lifecycle = new Lifecycle(true);

    @Test
    void theWayOfAProgramme() {
        assertEquals(Set.of(DISCUSSED_WITH_PARENTS), lifecycle.next(DRAFT));
        assertEquals(Set.of(CONSENT_GIVEN, CONSENT_REFUSED), lifecycle.next(DISCUSSED_WITH_PARENTS));
        assertEquals(Set.of(APPROVED), lifecycle.next(CONSENT_GIVEN));
        assertEquals(Set.of(DISCUSSED_WITH_PARENTS, CLOSED), lifecycle.next(CONSENT_REFUSED));
        assertEquals(Set.of(IN_PROGRESS), lifecycle.next(APPROVED));
        assertEquals(Set.of(REVIEW), lifecycle.next(IN_PROGRESS));
        assertEquals(Set.of(CLOSED, EXTENDED, CHANGED), lifecycle.next(REVIEW));
        for (ProgrammeState end : EnumSet.of(CLOSED, EXTENDED, CHANGED)) {
            assertTrue(lifecycle.next(end).isEmpty(), end.name());
            assertTrue(end.isFinal());
        }
    }

    @Test
    void noApprovalWithoutConsentAndNoSkipping() {
        assertFalse(lifecycle.allowed(DISCUSSED_WITH_PARENTS, APPROVED));
        assertFalse(lifecycle.allowed(CONSENT_REFUSED, APPROVED));
        assertFalse(lifecycle.allowed(DRAFT, IN_PROGRESS));
        assertFalse(lifecycle.allowed(IN_PROGRESS, CLOSED));
        assertFalse(lifecycle.allowed(CLOSED, DRAFT));
    }

    @Test
    void withoutRequiredConsentADiscussedDraftMayBeApproved() {
        Lifecycle lifted = new Lifecycle(false);
        assertTrue(lifted.allowed(DISCUSSED_WITH_PARENTS, APPROVED));
        assertTrue(lifted.allowed(CONSENT_GIVEN, APPROVED));
        assertFalse(lifted.allowed(CONSENT_REFUSED, APPROVED));
        assertFalse(lifted.allowed(DRAFT, APPROVED));
    }

    @Test
    void theRefusalNamesBothStates() {
        MessagesTranslator messages = new MessagesTranslator();
        Locale ru = Locale.forLanguageTag("ru");
        assertDoesNotThrow(() -> lifecycle.require(CONSENT_GIVEN, APPROVED, s -> s.code()));
        ValidationException e = assertThrows(ValidationException.class,
                () -> lifecycle.require(DRAFT, APPROVED, s -> messages.translate(s.labelKey(), ru)));
        assertEquals("programmes.rule.lifecycle.transition", e.messageKey());
        assertEquals("state", e.field());
        assertEquals(messages.russian().getProperty("programmes.state.draft"), e.params()[0]);
        assertEquals(messages.russian().getProperty("programmes.state.approved"), e.params()[1]);
        String text = messages.translate(e.messageKey(), Locale.ENGLISH, "Draft", "Approved");
        assertTrue(text.contains("«Draft» to «Approved»") && text.contains("director's approval"), text);
    }

    @Test
    void stateCodesAndLabels() {
        assertEquals("discussed-with-parents", DISCUSSED_WITH_PARENTS.code());
        assertEquals("programmes.state.consent-refused", CONSENT_REFUSED.labelKey());
        assertTrue(IN_PROGRESS.isApprovedAndOpen());
        assertFalse(CONSENT_GIVEN.isApprovedAndOpen());
        assertFalse(CLOSED.isApprovedAndOpen());
    }
}
