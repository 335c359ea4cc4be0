package org.opora.consilium.impl.internal.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.api.ValidationException;

class FinalisedProtocolTest {

    @Test
    void aFinalisedProtocolIsReadOnly() {
        assertDoesNotThrow(() -> FinalisedProtocol.requireChangeable(MeetingStatus.PREPARATION));
        assertEquals("consilium.error.finalised", assertThrows(ValidationException.class,
                () -> FinalisedProtocol.requireChangeable(MeetingStatus.FINALISED)).messageKey());
        assertEquals("consilium.error.cancelled", assertThrows(ValidationException.class,
                () -> FinalisedProtocol.requireChangeable(MeetingStatus.CANCELLED)).messageKey());
    }

    @Test
    void anAmendmentNeedsAFinalisedProtocolAndAReason() {
        assertEquals("consilium.error.notFinalised", assertThrows(ValidationException.class,
                () -> FinalisedProtocol.requireAmendable(MeetingStatus.PREPARATION, "typo")).messageKey());
        ValidationException e = assertThrows(ValidationException.class,
                () -> FinalisedProtocol.requireAmendable(MeetingStatus.FINALISED, "  "));
        assertEquals("consilium.error.amendment.reason", e.messageKey());
        assertEquals("reason", e.field());
        assertEquals("typo", FinalisedProtocol.requireAmendable(MeetingStatus.FINALISED, " typo "));
    }

    @Test
    void theChangeNamesTheFieldsAndThePreviousText() {
        assertEquals("conclusion: old", FinalisedProtocol.conclusionChange("old", "new"));
        Outcome before = new Outcome("p", "g", "t", "r", List.of("review-again"), "d", "", "", "", null,
                LocalDate.of(2027, 5, 1));
        Outcome after = new Outcome("p", "g2", "t", "r", List.of("review-again"), "d", "", "", "", null,
                LocalDate.of(2027, 6, 1));
        assertEquals("goal: g\nreviewBy: 2027-05-01", FinalisedProtocol.outcomeChange(before, after));
        assertEquals("consilium.error.amendment.nothing", assertThrows(ValidationException.class,
                () -> FinalisedProtocol.outcomeChange(before, before)).messageKey());
    }
}
