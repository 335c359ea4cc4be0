package org.opora.consilium.impl.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.impl.internal.support.ConsiliumServiceTestSupport;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;

/**
 * «Мои дела» on the consilium's real services: the specialist asked for a presentation and who keeps a past meeting
 * not yet finalised each see their own duty, someone else none, and computing them journals nothing.
 */
class ConsiliumDutiesServicesTest extends ConsiliumServiceTestSupport {

    private static final Locale EN = Locale.ENGLISH;

    private ConsiliumDuties duties;
    private Meeting meeting;

    @BeforeEach
    void aMeetingInPreparation() {
        wire(Map.of());
        duties = new ConsiliumDuties(meetings, contributions, referrals, consilium, new MessagesTranslator(),
                Bodies.builtIn());
        StaffMember chair = core.addStaff("Belova", "belova", "psychologist");
        StaffMember teacher = core.addStaff("Smirnova", "smirnova");
        core.addStaff("Kozlova", "kozlova");
        core.addMember(Bodies.CONSILIUM, chair, Bodies.CHAIR);
        signIn("belova", ACCESS);
        meeting = meetings.create(new MeetingDraft(MeetingKind.UNPLANNED, "", LocalDate.now().minusDays(1), "14:00",
                "Room 12", null, null));
        agenda.addItem(meeting.id(), new AgendaProposal(core.addPupil("Ivanov", teacher.id(), false).id(),
                AgendaReason.MONITORING, null, "", "", null));
        audit.clear();
    }

    private List<Duty> dutiesOf(String username) {
        OporaUser user = security.signIn(username, ACCESS);
        audit.clear();
        return duties.dutiesOf(user, EN);
    }

    @Test
    void eachSeesTheirOwnDutiesAndNothingIsJournaled() {
        List<Duty> teachers = dutiesOf("smirnova");
        assertEquals(1, teachers.size(), teachers.toString());
        assertEquals("consilium/meeting/" + meeting.id(), teachers.get(0).route());
        assertEquals(meeting.presentationsDue(), teachers.get(0).due());

        List<Duty> chairs = dutiesOf("belova");
        assertEquals(List.of("The protocol of meeting No. " + meeting.number() + " is not signed"),
                chairs.stream().map(Duty::title).filter(t -> t.startsWith("The protocol")).toList());
        assertEquals(2, chairs.size(), "her own presentation as a psychologist and the protocol");

        assertEquals(List.of(), dutiesOf("kozlova"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void whoSignsTheOrderOnTheCompositionIsToldTheSecretaryIsMissing() {
        approvalRoles.role("director", "Director of school No. 59", "Ivanova");
        OporaUser director = security.signIn(new OporaUser("ivanova", "Ivanova", Set.of("director"), Set.of(ACCESS),
                EN));
        Duty missing = duties.dutiesOf(director, EN).stream().filter(d -> "consilium/composition".equals(d.route()))
                .findFirst().orElseThrow();
        assertEquals("The consilium has no " + Bodies.builtIn().label(Bodies.SECRETARY, EN), missing.title());
        assertEquals("Appoint by order; the order on the composition is signed by: Director of school No. 59.",
                missing.detail());
        assertEquals(List.of(), dutiesOf("kozlova"), "nobody else is told");
    }
}
