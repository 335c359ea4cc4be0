package org.opora.consilium.impl.internal.meeting;

import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.impl.internal.support.ConsiliumServiceTestSupport;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.StaffMember;

/**
 * A consilium with a chair (a psychologist) and a secretary (a social pedagogue), a teacher outside it and a pupil
 * of the teacher's class; parents need not be invited before a protocol is finalised. The meeting services' tests
 * start from here.
 */
abstract class MeetingTestSupport extends ConsiliumServiceTestSupport {

    static final String MEETING = "consilium.meeting";
    static final String ITEM = "consilium.item";

    StaffMember chair;
    StaffMember secretary;
    StaffMember teacher;
    Pupil pupil;

    @BeforeEach
    void consilium() {
        wire(Map.of("parentsMustBeInvited", false));
        chair = core.addStaff("Belova", "belova", "psychologist");
        secretary = core.addStaff("Orlova", "orlova", "social-pedagogue");
        teacher = core.addStaff("Smirnova", "smirnova");
        core.addMember(Bodies.CONSILIUM, chair, Bodies.CHAIR);
        core.addMember(Bodies.CONSILIUM, secretary, Bodies.SECRETARY);
        pupil = core.addPupil("Ivanov", teacher.id(), false);
    }

    static LocalDate yesterday() {
        return LocalDate.now().minusDays(1);
    }

    static MeetingDraft draft(String time, String place) {
        return new MeetingDraft(MeetingKind.UNPLANNED, "", yesterday(), time, place, null, null);
    }

    static Outcome outcome(String... decisions) {
        return new Outcome("Anxiety", "Calm", "", "", List.of(decisions), "Recommendations given", "", "", "", null,
                null);
    }

    void asChair() {
        signIn("belova", ACCESS);
    }

    Meeting meeting() {
        return meetings.create(draft("14:00", "Room 12"));
    }

    AgendaItem item(long meetingId) {
        return item(meetingId, pupil);
    }

    AgendaItem item(long meetingId, Pupil who) {
        return agenda.addItem(meetingId, new AgendaProposal(who.id(), AgendaReason.MONITORING, null, "", "", null));
    }

    /** A meeting with the pupil's outcome and a conclusion recorded and its protocol finalised. */
    Meeting finalised() {
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        Meeting concluded = protocol.recordConclusion(m.id(), m.version(), "Support at school");
        return protocol.finalise(m.id(), concluded.version());
    }
}
