package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.audit.AuditAction;

/**
 * Parents invited to a pupil's item and the specialists' presentations: the checks, who may change them (a
 * specialist writes their own), stale copies, a finalised protocol, and the journal.
 */
class ContributionServiceImplTest extends MeetingTestSupport {


    private static final String INVITATION = "consilium.invitation";
    private static final String PRESENTATION = "consilium.presentation";

    private static ParentInvitationDraft mother(LocalDate invitedOn) {
        return new ParentInvitationDraft(null, "Ivanova Maria", "mother", invitedOn);
    }

    private static Presentation of(AgendaItem item, StaffMember staff) {
        return item.presentations().stream().filter(p -> p.staffId() == staff.id()).findFirst().orElseThrow();
    }

    @Test
    void aParentIsInvitedTheAttendanceRecordedAndTheInvitationTakenBack() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        audit.clear();
        refused("core.error.required", () -> contributions.inviteParent(added.id(),
                new ParentInvitationDraft(null, " ", "mother", yesterday())));
        refused("core.error.future", () -> contributions.inviteParent(added.id(), mother(LocalDate.now().plusDays(1))));
        refused("consilium.error.invitedAfterMeeting", () -> contributions.inviteParent(added.id(),
                mother(LocalDate.now())));
        assertEquals(List.of(), audit.entries());

        ParentInvitation invited = contributions.inviteParent(added.id(), mother(yesterday().minusDays(3)));

        audited("belova", AuditAction.CREATE, INVITATION, invited.id());
        assertEquals(Attendance.UNKNOWN, invited.attendance());
        assertEquals(List.of("Ivanova Maria"),
                agenda.item(added.id()).parents().stream().map(ParentInvitation::name).toList());
        ParentInvitation present = contributions.setParentAttendance(invited.id(), Attendance.PRESENT);
        assertEquals(Attendance.PRESENT, present.attendance());
        audited("belova", AuditAction.UPDATE, INVITATION, invited.id());
        refused("core.error.required", () -> contributions.setParentAttendance(invited.id(), null));

        contributions.removeInvitation(invited.id());

        audited("belova", AuditAction.DELETE, INVITATION, invited.id());
        assertEquals(0, UNIT.rows("PARENT_INVITATION"));
        assertThrows(NotFoundException.class, () -> contributions.removeInvitation(invited.id()));
    }

    @Test
    void aRepresentativeOnThePupilsCardIsInvitedOnce() {
        Representative father = core.addRepresentative(pupil, "Ivanov Petr", "father");
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());

        ParentInvitation invited = contributions.inviteParent(added.id(),
                new ParentInvitationDraft(father.id(), null, null, yesterday()));

        assertEquals(List.of("Ivanov Petr", "father"), List.of(invited.name(), invited.relation()));
        assertEquals(father.id(), invited.representativeId());
        audited("belova", AuditAction.CREATE, INVITATION, invited.id());
        refused("consilium.error.invitation.duplicate", () -> contributions.inviteParent(added.id(),
                new ParentInvitationDraft(father.id(), null, null, yesterday())));
        refused("consilium.error.notInList", () -> contributions.inviteParent(added.id(),
                new ParentInvitationDraft(4242L, null, null, yesterday())));
        assertEquals(1, UNIT.rows("PARENT_INVITATION"));
    }

    @Test
    void onlyWhoKeepsTheMeetingInvitesParentsAndAsksForPresentations() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        ParentInvitation invited = contributions.inviteParent(added.id(), mother(yesterday()));
        StaffMember speech = core.addStaff("Kozlova", "kozlova", "speech-therapist");

        signIn("smirnova", ACCESS);
        denied(MEETING_MANAGE, () -> contributions.inviteParent(added.id(), mother(yesterday())));
        denied(MEETING_MANAGE, () -> contributions.setParentAttendance(invited.id(), Attendance.ABSENT));
        denied(MEETING_MANAGE, () -> contributions.removeInvitation(invited.id()));
        denied(MEETING_MANAGE, () -> contributions.requestPresentation(added.id(), speech.id()));
        denied(MEETING_MANAGE, () -> contributions.removePresentation(of(added, chair).id()));
        denied(MEETING_MANAGE, () -> contributions.submitPresentation(of(added, chair).id(),
                of(added, chair).version(), "Not mine"));

        assertEquals(1, UNIT.rows("PARENT_INVITATION"));
        assertEquals(3, UNIT.rows("PRESENTATION"));
        asChair();
        assertEquals(Attendance.UNKNOWN, agenda.item(added.id()).parents().get(0).attendance());
        assertEquals("", of(agenda.item(added.id()), chair).text());
    }

    @Test
    void theSpecialistsAreAskedOnceEachAndWriteTheirOwnPresentations() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        assertEquals(Set.of(teacher.id(), chair.id(), secretary.id()),
                added.presentations().stream().map(Presentation::staffId).collect(Collectors.toSet()),
                "the class teacher and the participants of the presentation types");
        refused("consilium.error.presentation.duplicate", () -> contributions.requestPresentation(added.id(),
                teacher.id()));
        StaffMember speech = core.addStaff("Kozlova", "kozlova", "speech-therapist");
        Presentation asked = contributions.requestPresentation(added.id(), speech.id());
        audited("belova", AuditAction.CREATE, PRESENTATION, asked.id());

        signIn("smirnova", ACCESS);
        List<PresentationRequest> pending = contributions.myPendingPresentations();
        assertEquals(List.of(of(added, teacher).id()), pending.stream().map(r -> r.presentation().id()).toList());
        assertEquals(m.number(), pending.get(0).meetingNumber());
        Presentation own = of(added, teacher);
        refused("core.error.required", () -> contributions.submitPresentation(own.id(), own.version(), " "));
        Presentation written = contributions.submitPresentation(own.id(), own.version(), "Quiet, reads well");
        assertEquals("Quiet, reads well", written.text());
        audited("smirnova", AuditAction.UPDATE, PRESENTATION, own.id());
        assertThrows(ConflictException.class, () -> contributions.submitPresentation(own.id(), own.version(),
                "Stale"));
        assertEquals(List.of(), contributions.myPendingPresentations());

        asChair();
        refused("consilium.error.presentation.submitted", () -> contributions.removePresentation(own.id()));
        contributions.removePresentation(asked.id());
        audited("belova", AuditAction.DELETE, PRESENTATION, asked.id());
        assertEquals(3, UNIT.rows("PRESENTATION"));
        Presentation secretarys = of(added, secretary);
        assertEquals("Written by the chair", contributions.submitPresentation(secretarys.id(),
                secretarys.version(), "Written by the chair").text(), "who keeps the meeting may write any");
    }

    @Test
    void aFinalisedProtocolKeepsItsParentsAndPresentations() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        ParentInvitation invited = contributions.inviteParent(added.id(), mother(yesterday()));
        agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        protocol.finalise(m.id(), protocol.recordConclusion(m.id(), m.version(), "Support").version());
        StaffMember speech = core.addStaff("Kozlova", "kozlova");
        audit.clear();

        refused("consilium.error.finalised", () -> contributions.inviteParent(added.id(), mother(yesterday())));
        refused("consilium.error.finalised", () -> contributions.setParentAttendance(invited.id(),
                Attendance.ABSENT));
        refused("consilium.error.finalised", () -> contributions.removeInvitation(invited.id()));
        refused("consilium.error.finalised", () -> contributions.requestPresentation(added.id(), speech.id()));
        refused("consilium.error.finalised", () -> contributions.removePresentation(of(added, chair).id()));
        signIn("smirnova", ACCESS);
        refused("consilium.error.finalised", () -> contributions.submitPresentation(of(added, teacher).id(),
                of(added, teacher).version(), "Late"));
        assertEquals(List.of(), contributions.myPendingPresentations(), "only meetings in preparation");
        assertEquals(List.of(), audit.entries());
    }
}
