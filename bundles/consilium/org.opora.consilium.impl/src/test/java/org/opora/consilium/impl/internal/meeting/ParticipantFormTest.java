package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * The meeting's participants — a staff member chosen, or a specialist from outside the school typed in — fed bad
 * values field by field (empty, too long, markup, unknown, twice): each refused on its field with a message that has
 * words, nobody added; every objection of the dialog at once.
 */
class ParticipantFormTest extends MeetingTestSupport {

    private Meeting m;
    private long present;

    @BeforeEach
    void aMeeting() {
        asChair();
        m = meeting();
        present = UNIT.rows("PARTICIPANT");
    }

    private static String text(String value) {
        return "LONG".equals(value) ? "я".repeat(ParticipantServiceImpl.EXTERNAL_TEXT + 1) : value;
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "name         | ''   | core.error.required",
        "name         | ' '  | core.error.required",
        "name         | LONG | core.error.tooLong",
        "position     | ''   | core.error.required",
        "position     | LONG | core.error.tooLong",
        "organisation | ''   | core.error.required",
        "organisation | LONG | core.error.tooLong"})
    void aBadFieldOfTheOutsideSpecialistIsRefusedOnItsFieldAndNobodyIsAdded(String field, String value,
            String key) {
        ParticipantDraft d = ParticipantDraft.external("name".equals(field) ? text(value) : "Petrov",
                "position".equals(field) ? text(value) : "Inspector",
                "organisation".equals(field) ? text(value) : "<b>Police</b>");

        assertEquals(field, refused(key, () -> participants.addParticipant(m.id(), d)).field());

        assertEquals(present, UNIT.rows("PARTICIPANT"));
    }

    @ParameterizedTest(name = "[{index}] staffId={0}")
    @CsvSource(delimiter = '|', value = {
        "4242  | consilium.error.staffUnknown",
        "TWICE | consilium.error.participant.duplicate"})
    void anUnknownOrRepeatedStaffMemberIsRefusedOnTheField(String value, String key) {
        if ("TWICE".equals(value)) {
            participants.addParticipant(m.id(), ParticipantDraft.staff(teacher.id()));
            audit.clear();
        }
        long before = UNIT.rows("PARTICIPANT");
        long staffId = "TWICE".equals(value) ? teacher.id() : Long.parseLong(value);

        ValidationException e = refused(key, () -> participants.addParticipant(m.id(),
                ParticipantDraft.staff(staffId)));

        assertEquals("staffId", e.field());
        assertTrue(new MessagesTranslator().knows(key), () -> "no words for " + key);
        assertEquals(before, UNIT.rows("PARTICIPANT"));
    }

    @Test
    void markupOfAnOutsideSpecialistIsKeptAsText() {
        participants.addParticipant(m.id(), ParticipantDraft.external("<i>Petrov</i>", "Inspector", "<b>Police</b>"));
        assertTrue(participants.participants(m.id()).stream().anyMatch(p -> "<i>Petrov</i>".equals(p.name())
                && "<b>Police</b>".equals(p.organisation())));
    }

    @Test
    void everyObjectionOfTheOutsideSpecialistComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> participants.addParticipant(m.id(),
                ParticipantDraft.external(" ", "я".repeat(ParticipantServiceImpl.EXTERNAL_TEXT + 1), "")));

        assertEquals(List.of("name", "position", "organisation"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(present, UNIT.rows("PARTICIPANT"));
    }
}
