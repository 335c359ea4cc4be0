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

/** The protocol as printed: number, pupils, attendance, the draft mark, amendments and access. */
class ProtocolDocumentTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final MessagesTranslator MESSAGES = new MessagesTranslator();

    private static PrintDocument print(FakeMeetings meetings, Locale locale) {
        return new ProtocolDocument(meetings, meetings, meetings, meetings, new FakeConsilium(), new FakeSchool(),
                MESSAGES).build("7", locale);
    }

    @Test
    void theProtocolCarriesItsNumberTheSchoolAndEveryPupil() {
        String text = text(print(ProtocolFixture.meetings(MeetingStatus.FINALISED), RU));
        assertTrue(text.contains(MESSAGES.translate("consilium.print.protocol.heading", RU, "5")), text);
        assertTrue(text.contains(FakeSchool.NAME));
        assertTrue(text.contains(IVANOV) && text.contains(PETROVA));
        assertTrue(text.contains("21.10.2026, 14:30"));
        assertTrue(text.contains("Socio-psychological testing"), "the monitoring's label from the settings");
        assertTrue(text.contains("Open a support programme; Recommendations"), "decision labels");
        assertTrue(text.contains("Presentation about " + IVANOV));
        assertTrue(text.contains("Clinic No. 3"), "external specialists with their organisation");
        assertTrue(text.contains("Ivanova Olga | " + IVANOV + " | 14.10.2026"), "invited parent with the date");
        assertTrue(text.contains(MESSAGES.translate("consilium.print.finalisedOn", RU, "22.10.2026")));
    }

    @Test
    void absentStaffAreNotListedAsPresent() {
        PrintDocument doc = print(ProtocolFixture.meetings(MeetingStatus.FINALISED), RU);
        Block.Table present = doc.blocks().stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow();
        assertEquals(1, present.rows().size());
        assertEquals("Volkova Anna Igorevna", present.rows().get(0).get(1));
    }

    @Test
    void theChairAndTheSecretarySign() {
        PrintDocument doc = print(ProtocolFixture.meetings(MeetingStatus.FINALISED), RU);
        Block.Signatures signatures = doc.blocks().stream().filter(Block.Signatures.class::isInstance)
                .map(Block.Signatures.class::cast).findFirst().orElseThrow();
        assertEquals("Kuznetsov Andrey Petrovich", signatures.signatures().get(0).name());
        assertEquals("Belov Sergey Nikolaevich", signatures.signatures().get(1).name());
    }

    @Test
    void aProtocolNotFinalisedPrintsAsADraft() {
        PrintDocument draft = print(ProtocolFixture.meetings(MeetingStatus.PREPARATION), RU);
        assertEquals(MESSAGES.translate("consilium.print.confidentialDraft", RU), draft.restrictionMark());
        assertTrue(text(draft).contains(MESSAGES.translate("consilium.print.draftMark", RU)));
        PrintDocument signed = print(ProtocolFixture.meetings(MeetingStatus.FINALISED), RU);
        assertEquals(MESSAGES.translate("consilium.print.confidential", RU), signed.restrictionMark());
        assertFalse(text(signed).contains("\n" + MESSAGES.translate("consilium.print.draftMark", RU) + "\n"));
    }

    @Test
    void amendmentsArePrintedWithTheirReason() {
        FakeMeetings meetings = ProtocolFixture.meetings(MeetingStatus.FINALISED);
        ProtocolFixture.amend(meetings);
        String text = text(print(meetings, Locale.ENGLISH));
        assertTrue(text.contains("Amended on 02.11.2026 by Kuznetsov A. P.: Typo in the tasks"), text);
    }

    @Test
    void everyTextIsTranslatedInBothLanguages() {
        FakeMeetings meetings = ProtocolFixture.meetings(MeetingStatus.PREPARATION);
        ProtocolFixture.amend(meetings);
        for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
            String text = text(print(meetings, locale));
            assertFalse(text.contains("consilium.print."), text);
        }
        assertTrue(text(print(meetings, Locale.ENGLISH)).contains("PROTOCOL No. 5"));
    }

    @Test
    void aUserWithoutAccessGetsTheServicesRefusal() {
        FakeMeetings meetings = ProtocolFixture.meetings(MeetingStatus.FINALISED);
        meetings.currentUser = "stranger";
        assertThrows(AccessDeniedException.class, () -> print(meetings, RU));
    }

    @Test
    void anUnknownOrMalformedIdIsNoSuchRecord() {
        FakeMeetings meetings = ProtocolFixture.meetings(MeetingStatus.FINALISED);
        ProtocolDocument form = new ProtocolDocument(meetings, meetings, meetings, meetings, new FakeConsilium(),
                new FakeSchool(), MESSAGES);
        assertThrows(IllegalArgumentException.class, () -> form.build("8", RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("seven", RU));
        assertThrows(IllegalArgumentException.class, () -> form.build("-7", RU));
        assertEquals("consilium.protocol", form.id());
        assertEquals("consilium.access", form.requiredPermission());
        assertTrue(MESSAGES.knows(form.titleKey()));
    }
}
