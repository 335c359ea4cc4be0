package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantDraft;
import org.opora.core.api.NotFoundException;
import org.opora.platform.api.audit.AuditAction;

/** The participants of a meeting: staff once each, external specialists, attendance, removal; who may change them. */
class ParticipantServiceImplTest extends MeetingTestSupport {


    private static final String PARTICIPANT = "consilium.participant";

    @Test
    void theChairAddsStaffOnceAndExternalSpecialistsAndRecordsAttendance() {
        asChair();
        Meeting m = meeting();
        assertEquals(Set.of(chair.id(), secretary.id()),
                participants.participants(m.id()).stream().map(Participant::staffId).collect(Collectors.toSet()));

        Participant added = participants.addParticipant(m.id(), ParticipantDraft.staff(teacher.id()));

        assertEquals(teacher.name().full(), added.name());
        audited("belova", AuditAction.UPDATE, MEETING, m.id());
        assertEquals("participant added", audit.last().summary());
        refused("consilium.error.participant.duplicate", () -> participants.addParticipant(m.id(),
                ParticipantDraft.staff(teacher.id())));
        refused("consilium.error.staffUnknown", () -> participants.addParticipant(m.id(),
                ParticipantDraft.staff(4242)));
        refused("core.error.required", () -> participants.addParticipant(m.id(),
                ParticipantDraft.external("Petrov P. P.", "Inspector", " ")));
        Participant external = participants.addParticipant(m.id(),
                ParticipantDraft.external("Petrov P. P.", "Inspector", "Juvenile affairs"));
        assertEquals("Juvenile affairs", external.organisation());
        assertEquals(4, UNIT.rows("PARTICIPANT"));

        Participant attended = participants.setAttendance(added.id(), true);
        assertEquals(Boolean.TRUE, attended.attended());
        audited("belova", AuditAction.UPDATE, PARTICIPANT, added.id());
        assertEquals("attendance", audit.last().summary());

        participants.removeParticipant(external.id());
        audited("belova", AuditAction.UPDATE, PARTICIPANT, external.id());
        assertEquals("removed", audit.last().summary());
        assertEquals(3, UNIT.rows("PARTICIPANT"));
        assertThrows(NotFoundException.class, () -> participants.removeParticipant(external.id()));
    }

    @Test
    void someoneWhoDoesNotKeepTheMeetingNeitherReadsNorChangesItsParticipants() {
        asChair();
        Meeting m = meeting();
        long member = participants.participants(m.id()).get(0).id();

        signIn("smirnova", ACCESS);
        denied(MEETING_READ_ALL, () -> participants.participants(m.id()));
        denied(MEETING_MANAGE, () -> participants.addParticipant(m.id(), ParticipantDraft.staff(teacher.id())));
        denied(MEETING_MANAGE, () -> participants.setAttendance(member, false));
        denied(MEETING_MANAGE, () -> participants.removeParticipant(member));
        signIn("stranger");
        denied(ACCESS, () -> participants.participants(m.id()));

        assertEquals(2, UNIT.rows("PARTICIPANT"));
        asChair();
        assertNull(participants.participants(m.id()).get(0).attended());
    }

    @Test
    void theParticipantsOfAFinalisedProtocolStayAsTheyWere() {
        asChair();
        Meeting m = finalised();
        long member = participants.participants(m.id()).get(0).id();
        audit.clear();

        refused("consilium.error.finalised", () -> participants.addParticipant(m.id(),
                ParticipantDraft.external("Petrov P. P.", "Inspector", "Juvenile affairs")));
        refused("consilium.error.finalised", () -> participants.setAttendance(member, false));
        refused("consilium.error.finalised", () -> participants.removeParticipant(member));
        assertEquals(3, UNIT.rows("PARTICIPANT"), "the members and the class teacher");
        assertEquals(List.of(), audit.entries());
    }
}
