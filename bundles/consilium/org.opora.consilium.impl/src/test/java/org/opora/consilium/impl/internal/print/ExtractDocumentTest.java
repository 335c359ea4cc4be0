package org.opora.consilium.impl.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.impl.internal.print.ProtocolFixture.IVANOV;
import static org.opora.consilium.impl.internal.print.ProtocolFixture.PETROVA;
import static org.opora.core.support.testing.PrintedText.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.impl.internal.fake.FakeConsilium;
import org.opora.consilium.impl.internal.fake.FakeMeetings;
import org.opora.consilium.impl.internal.fake.FakeSchool;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.security.AccessDeniedException;

/** The parents' extract: one pupil only, the protocol's number and date, the acknowledgement line. */
class ExtractDocumentTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final MessagesTranslator MESSAGES = new MessagesTranslator();

    private static PrintDocument print(FakeMeetings meetings, long itemId, Locale locale) {
        return new ExtractDocument(meetings, meetings, new FakeConsilium(), new FakeSchool(), MESSAGES)
                .build(String.valueOf(itemId), locale);
    }

    @Test
    void theExtractNamesOnlyItsPupil() {
        String text = text(print(ProtocolFixture.meetings(MeetingStatus.FINALISED), ProtocolFixture.ITEM_IVANOV,
                RU));
        assertTrue(text.contains(IVANOV));
        assertFalse(text.contains(PETROVA), "neither the other pupil nor the conclusion that names them");
        assertFalse(text.contains("Petrov Oleg"), "nor the other pupil's parent");
        assertTrue(text.contains(MESSAGES.translate("consilium.print.extract.subheading", RU, "5", "21.10.2026")));
        assertTrue(text.contains("Presentation about " + IVANOV));
    }

    @Test
    void theParentAcknowledgesAndTheChairSigns() {
        PrintDocument doc = print(ProtocolFixture.meetings(MeetingStatus.FINALISED), ProtocolFixture.ITEM_PETROVA,
                Locale.ENGLISH);
        String text = text(doc);
        assertTrue(text.contains("I have read the consilium's decision"));
        assertFalse(text.contains(IVANOV));
        long dated = doc.blocks().stream().filter(Block.Signatures.class::isInstance)
                .map(Block.Signatures.class::cast).flatMap(s -> s.signatures().stream())
                .filter(Block.Signature::dated).count();
        assertEquals(2, dated, "the chair's and the parent's lines carry a date line");
        assertFalse(text.contains("consilium.print."), text);
    }

    @Test
    void aDraftExtractIsMarked() {
        PrintDocument doc = print(ProtocolFixture.meetings(MeetingStatus.PREPARATION), ProtocolFixture.ITEM_IVANOV,
                RU);
        assertEquals(MESSAGES.translate("consilium.print.confidentialDraft", RU), doc.restrictionMark());
    }

    @Test
    void accessAndUnknownItems() {
        FakeMeetings meetings = ProtocolFixture.meetings(MeetingStatus.FINALISED);
        assertThrows(IllegalArgumentException.class, () -> print(meetings, 99, RU));
        meetings.currentUser = "stranger";
        assertThrows(AccessDeniedException.class, () -> print(meetings, ProtocolFixture.ITEM_IVANOV, RU));
    }
}
