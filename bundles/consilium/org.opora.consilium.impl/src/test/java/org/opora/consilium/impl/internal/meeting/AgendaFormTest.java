package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.core.api.ValidationErrors;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * Putting a pupil on the agenda and moving an item fed bad values field by field (unknown, too long, missing, out of
 * range): each refused on its field with a message that has words, the agenda unchanged; every objection at once.
 */
class AgendaFormTest extends MeetingTestSupport {

    private Meeting m;

    @BeforeEach
    void aMeeting() {
        asChair();
        m = meeting();
    }

    private static String text(String value, int max) {
        return "LONG".equals(value) ? "я".repeat(max + 1) : value;
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
        "pupilId    | 4242  | consilium.error.pupilUnknown",
        "note       | LONG  | core.error.tooLong",
        "sourceRef  | LONG  | core.error.tooLong",
        "referralId | ''    | core.error.required",
        "referralId | 4242  | consilium.error.notInList"})
    void aBadFieldOfTheItemIsRefusedOnItsFieldAndNothingIsPutOnTheAgenda(String field, String value, String key) {
        boolean referral = "referralId".equals(field);
        AgendaProposal p = new AgendaProposal("pupilId".equals(field) ? Long.parseLong(value) : pupil.id(),
                referral ? AgendaReason.REFERRAL : AgendaReason.MONITORING,
                referral && !value.isEmpty() ? Long.valueOf(value) : null,
                "sourceRef".equals(field) ? text(value, AgendaServiceImpl.SOURCE_REF) : "",
                "note".equals(field) ? text(value, AgendaServiceImpl.NOTE) : "<b>Anxious</b>", null);
        long participants = UNIT.rows("PARTICIPANT");

        ValidationException e = refused(key, () -> agenda.addItem(m.id(), p));

        assertEquals(field, e.field());
        if (key.startsWith("consilium.")) {
            assertTrue(new MessagesTranslator().knows(key), () -> "no words for " + key);
        }
        assertEquals(0, UNIT.rows("AGENDA_ITEM"));
        assertEquals(0, UNIT.rows("PRESENTATION"));
        assertEquals(participants, UNIT.rows("PARTICIPANT"), "the class teacher is not invited either");
    }

    @Test
    void markupInTheNoteIsKeptAsText() {
        AgendaItem added = agenda.addItem(m.id(), new AgendaProposal(pupil.id(), AgendaReason.MONITORING, null, "",
                "<script>alert(1)</script>", null));
        assertEquals("<script>alert(1)</script>", agenda.item(added.id()).note());
    }

    @ParameterizedTest(name = "[{index}] position={0}")
    @CsvSource({"0", "-1", "2", "2147483647"})
    void anItemIsMovedOnlyToAPositionOnTheAgenda(int position) {
        AgendaItem only = item(m.id());

        assertEquals("position", refused("consilium.error.position", () -> agenda.moveItem(only.id(), position))
                .field());

        assertEquals(List.of(1), agenda.agenda(m.id()).stream().map(AgendaItem::position).toList());
    }

    @Test
    void everyObjectionOfTheItemComesAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> agenda.addItem(m.id(),
                new AgendaProposal(4242L, AgendaReason.REFERRAL, null, "я".repeat(AgendaServiceImpl.SOURCE_REF + 1),
                        "я".repeat(AgendaServiceImpl.NOTE + 1), null)));

        assertEquals(List.of("pupilId", "note", "sourceRef", "referralId"),
                ((ValidationErrors) e).errors().stream().map(ValidationException::field).toList());
        assertEquals(0, UNIT.rows("AGENDA_ITEM"));
    }
}
