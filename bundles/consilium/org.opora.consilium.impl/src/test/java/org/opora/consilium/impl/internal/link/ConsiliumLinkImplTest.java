package org.opora.consilium.impl.internal.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.ProtocolRef;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.impl.internal.support.ConsiliumServiceTestSupport;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.audit.AuditAction;

/**
 * Finalised protocols as other modules cite them: only finalised parts, only meetings the user may read, each read
 * journaled, and the citation's text.
 */
class ConsiliumLinkImplTest extends ConsiliumServiceTestSupport {

    private static final String SOURCE = "programme:42";

    private ConsiliumLinkImpl link;
    private Pupil pupil;

    @BeforeEach
    void consilium() {
        wire(Map.of("parentsMustBeInvited", false));
        link = new ConsiliumLinkImpl(db, people, audit);
        StaffMember chair = core.addStaff("Belova", "belova", "psychologist");
        StaffMember secretary = core.addStaff("Orlova", "orlova", "social-pedagogue");
        core.addStaff("Kozlova", "kozlova");
        core.addMember(Bodies.CONSILIUM, chair, Bodies.CHAIR);
        core.addMember(Bodies.CONSILIUM, secretary, Bodies.SECRETARY);
        pupil = core.addPupil("Ivanov", null, false);
    }

    private Meeting meeting() {
        return meetings.create(new MeetingDraft(MeetingKind.UNPLANNED, "", LocalDate.now().minusDays(1), "14:00",
                "Room 12", null, null));
    }

    private AgendaItem item(Meeting m) {
        AgendaItem added = agenda.addItem(m.id(), new AgendaProposal(pupil.id(), AgendaReason.PROGRAMME_REVIEW, null,
                SOURCE, "", null));
        return agenda.recordOutcome(added.id(), added.version(), new Outcome("Anxiety", "Calm", "", "",
                List.of("programme-close"), "Close the programme", "", "", "", null, null));
    }

    /** A finalised meeting with the pupil on it, and one in preparation; returns the finalised item. */
    private AgendaItem protocols() {
        signIn("belova", ACCESS);
        Meeting m = meeting();
        AgendaItem decided = item(m);
        protocol.finalise(m.id(), protocol.recordConclusion(m.id(), m.version(), "Support").version());
        item(meeting());
        audit.clear();
        return decided;
    }

    @Test
    void onlyFinalisedPartsTheUserMayReadAreCitedAndEachReadIsJournaled() {
        AgendaItem decided = protocols();

        List<ProtocolRef> refs = link.protocolsFor(pupil.id());

        assertEquals(List.of(decided.id()), refs.stream().map(ProtocolRef::itemId).toList());
        assertEquals(List.of("programme-close"), refs.get(0).decisions());
        assertEquals(SOURCE, refs.get(0).sourceRef());
        audited("belova", AuditAction.READ, "consilium.pupil-protocols", pupil.id());
        assertEquals(Optional.of(refs.get(0)), link.item(decided.id()));
        audited("belova", AuditAction.READ, "consilium.protocol", decided.id());
        assertEquals(List.of(decided.id()), link.decisionsFor(SOURCE).stream().map(ProtocolRef::itemId).toList());
        audited("belova", AuditAction.READ, "consilium.protocol", decided.id());
        assertEquals(List.of(), link.decisionsFor(" "));
        assertEquals(List.of(), link.decisionsFor("programme:7"));
        assertEquals(Optional.empty(), link.item(decided.id() + 1), "an item of a meeting in preparation");
        assertEquals(Optional.empty(), link.item(4242));
    }

    @Test
    void someoneWhoMayNotReadTheMeetingGetsNothing() {
        AgendaItem decided = protocols();

        signIn("kozlova", ACCESS);
        assertEquals(List.of(), link.protocolsFor(pupil.id()));
        assertEquals(List.of(), link.decisionsFor(SOURCE));
        audit.clear();
        denied(MEETING_READ_ALL, () -> link.item(decided.id()));

        signIn("director", ACCESS, MEETING_READ_ALL);
        assertEquals(1, link.protocolsFor(pupil.id()).size());
    }

    @Test
    void theCitationNamesTheNumberAndTheDayInTheUsersLanguage() throws Exception {
        protocols();
        ProtocolRef ref = link.protocolsFor(pupil.id()).get(0);
        String day = FieldChecks.day(ref.date());
        assertEquals("No. " + ref.number() + " of " + day, link.citation(ref, Locale.ENGLISH),
                "without the translator the English fallback");

        Field translator = ConsiliumLinkImpl.class.getDeclaredField("translator");
        translator.setAccessible(true);
        translator.set(link, new MessagesTranslator());

        assertEquals("No. " + ref.number() + " of " + day, link.citation(ref, Locale.ENGLISH));
        String russian = link.citation(ref, Locale.forLanguageTag("ru"));
        assertTrue(russian.endsWith(ref.number() + " \u043e\u0442 " + day), russian);
    }
}
