package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.impl.internal.support.Checks;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.testing.MessagesTranslator;

/**
 * A specialist's presentation — asked of a staff member, then written — fed bad values (empty, too long, markup,
 * unknown, twice): each refused on its field with a message that has words, nothing stored.
 */
class PresentationFormTest extends MeetingTestSupport {

    private AgendaItem added;
    private StaffMember therapist;
    private Presentation asked;

    @BeforeEach
    void aPresentationAsked() {
        asChair();
        Meeting m = meeting();
        added = item(m.id());
        therapist = core.addStaff("Popova", "popova", "speech-therapist");
        asked = contributions.requestPresentation(added.id(), therapist.id());
        audit.clear();
    }

    @ParameterizedTest(name = "[{index}] text={0}")
    @CsvSource(delimiter = '|', value = {
        "''   | core.error.required",
        "' '  | core.error.required",
        "LONG | core.error.tooLong"})
    void aBadPresentationIsRefusedAndNothingIsWritten(String value, String key) {
        String text = "LONG".equals(value) ? "я".repeat(Checks.LONG_TEXT + 1) : value;

        assertEquals("text", refused(key, () -> contributions.submitPresentation(asked.id(), asked.version(), text))
                .field());

        Presentation p = presentation();
        assertEquals("", p.text());
        assertNull(p.submittedAt());
        assertEquals(asked.version(), p.version());
    }

    @ParameterizedTest(name = "[{index}] staffId={0}")
    @CsvSource(delimiter = '|', value = {
        "4242  | consilium.error.staffUnknown",
        "TWICE | consilium.error.presentation.duplicate"})
    void anUnknownOrRepeatedSpecialistIsRefusedOnTheFieldAndNothingIsAsked(String value, String key) {
        long before = UNIT.rows("PRESENTATION");
        long staffId = "TWICE".equals(value) ? therapist.id() : Long.parseLong(value);

        assertEquals("staffId", refused(key, () -> contributions.requestPresentation(added.id(), staffId)).field());

        assertTrue(new MessagesTranslator().knows(key), () -> "no words for " + key);
        assertEquals(before, UNIT.rows("PRESENTATION"));
    }

    @Test
    void markupInAPresentationIsKeptAsText() {
        contributions.submitPresentation(asked.id(), asked.version(), "<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", presentation().text());
    }

    private Presentation presentation() {
        return agenda.item(added.id()).presentations().stream().filter(p -> p.id() == asked.id()).findFirst()
                .orElseThrow();
    }
}
