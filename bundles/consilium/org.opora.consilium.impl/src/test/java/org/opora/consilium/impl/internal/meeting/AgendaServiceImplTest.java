package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_READ_ALL;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_EXAMINE;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.link.AgendaSource;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.pupil.Pupil;
import org.opora.platform.api.audit.AuditAction;

/**
 * The agenda: pupils put on it once, the class teacher invited, proposals from confirmed referrals, items moved
 * and taken off, outcomes; who may read and who may change it.
 */
class AgendaServiceImplTest extends MeetingTestSupport {

    @Test
    void aPupilIsOnTheAgendaOnceAndTheClassTeacherIsInvited() {
        asChair();
        Meeting m = meeting();

        AgendaItem added = item(m.id());

        assertEquals(pupil.name().full(), added.pupilName());
        audited("belova", AuditAction.CREATE, ITEM, added.id());
        assertEquals(3, participants.participants(m.id()).size(), "the members and the class teacher");
        refused("consilium.error.item.duplicate", () -> item(m.id()));
        Pupil archived = core.addPupil("Petrov", null, true);
        refused("consilium.error.pupilArchived", () -> agenda.addItem(m.id(),
                new AgendaProposal(archived.id(), AgendaReason.MONITORING, null, "", "", null)));
        assertEquals(1, agenda.agenda(m.id()).size());
    }

    @Test
    void theOutcomeIsCheckedAndAStaleOneRefused() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());

        refused("consilium.error.notInList", () -> agenda.recordOutcome(added.id(), added.version(),
                outcome("exorcism")));
        AgendaItem recorded = agenda.recordOutcome(added.id(), added.version(), outcome("recommendations"));
        assertEquals(List.of("recommendations"), recorded.outcome().decisions());
        audited("belova", AuditAction.UPDATE, ITEM, added.id());
        assertThrows(ConflictException.class, () -> agenda.recordOutcome(added.id(), added.version(),
                outcome("programme-close")));
        assertEquals(List.of("recommendations"), agenda.item(added.id()).outcome().decisions());
    }

    @Test
    void itemsAreMovedAndTakenOffWithTheirParentsAndPresentations() {
        asChair();
        Meeting m = meeting();
        AgendaItem first = item(m.id());
        AgendaItem second = item(m.id(), core.addPupil("Petrov", null, false));
        AgendaItem third = item(m.id(), core.addPupil("Sidorov", null, false));

        List<AgendaItem> moved = agenda.moveItem(third.id(), 1);

        assertEquals(List.of(third.id(), first.id(), second.id()), moved.stream().map(AgendaItem::id).toList());
        assertEquals(List.of(1, 2, 3), moved.stream().map(AgendaItem::position).toList());
        audited("belova", AuditAction.UPDATE, ITEM, third.id());
        assertEquals("position 1", audit.last().summary());
        refused("consilium.error.position", () -> agenda.moveItem(third.id(), 0));
        refused("consilium.error.position", () -> agenda.moveItem(third.id(), 4));

        contributions.inviteParent(first.id(), new ParentInvitationDraft(null, "Ivanova Maria", "mother",
                yesterday()));
        agenda.removeItem(first.id());

        audited("belova", AuditAction.DELETE, ITEM, first.id());
        assertEquals(List.of(third.id(), second.id()), agenda.agenda(m.id()).stream().map(AgendaItem::id).toList());
        assertEquals(List.of(1, 2), agenda.agenda(m.id()).stream().map(AgendaItem::position).toList());
        assertEquals(0, UNIT.rows("PARENT_INVITATION"));
        assertEquals(4, UNIT.rows("PRESENTATION"), "the chair's and the secretary's for each pupil left");
        assertThrows(NotFoundException.class, () -> agenda.item(first.id()));
    }

    @Test
    void onlyWhoKeepsTheMeetingChangesTheAgendaAndAParticipantReadsIt() {
        asChair();
        Meeting m = meeting();
        AgendaItem added = item(m.id());
        AgendaItem other = item(m.id(), core.addPupil("Petrov", null, false));

        signIn("smirnova", ACCESS);
        assertEquals(2, agenda.agenda(m.id()).size(), "the class teacher takes part and reads the agenda");
        audited("smirnova", AuditAction.READ, MEETING, m.id());
        assertEquals(added.id(), agenda.item(added.id()).id());
        audited("smirnova", AuditAction.READ, ITEM, added.id());
        denied(MEETING_MANAGE, () -> item(m.id(), core.addPupil("Sidorov", null, false)));
        denied(MEETING_MANAGE, () -> agenda.moveItem(other.id(), 1));
        denied(MEETING_MANAGE, () -> agenda.removeItem(added.id()));
        denied(MEETING_MANAGE, () -> agenda.recordOutcome(added.id(), added.version(), outcome("recommendations")));
        denied(MEETING_MANAGE, () -> agenda.proposals(yesterday()));
        assertEquals(List.of(1, 2), agenda.agenda(m.id()).stream().map(AgendaItem::position).toList());
        assertEquals(List.of(), agenda.item(added.id()).outcome().decisions());

        signIn("kozlova", ACCESS);
        core.addStaff("Kozlova", "kozlova");
        denied(MEETING_READ_ALL, () -> agenda.agenda(m.id()));
        denied(MEETING_READ_ALL, () -> agenda.item(added.id()));
        assertEquals(2, UNIT.rows("AGENDA_ITEM"));
    }

    @Test
    void aConfirmedReferralIsProposedScheduledAndReturnedWhenItsPupilIsTakenOff() {
        Referral confirmed = confirmedReferral();
        asChair();
        Meeting m = meeting();

        List<AgendaProposal> proposed = agenda.proposals(yesterday());

        assertEquals(List.of(pupil.id()), proposed.stream().map(AgendaProposal::pupilId).toList());
        AgendaProposal proposal = proposed.get(0);
        assertEquals(AgendaReason.REFERRAL, proposal.reason());
        assertEquals(confirmed.id(), proposal.referralId());
        AgendaItem added = agenda.addItem(m.id(), proposal);
        assertEquals(confirmed.id(), added.referralId());
        assertEquals(ReferralStatus.SCHEDULED, referrals.get(confirmed.id()).status());
        assertEquals(List.of(), agenda.proposals(yesterday()), "a pupil on an agenda in preparation is not proposed");
        assertTrue(added.presentations().stream().anyMatch(p -> p.staffId() == chair.id()),
                "the examiner (the chair) is asked for a presentation");

        agenda.removeItem(added.id());

        assertEquals(ReferralStatus.CONFIRMED, referrals.get(confirmed.id()).status());
        assertEquals(1, agenda.proposals(yesterday()).size());
    }

    @Test
    void aReferralOfAnotherPupilOrNotConfirmedIsNotScheduled() {
        Referral confirmed = confirmedReferral();
        asChair();
        Meeting m = meeting();
        Pupil other = core.addPupil("Petrov", null, false);

        refused("consilium.error.referral.otherPupil", () -> agenda.addItem(m.id(),
                new AgendaProposal(other.id(), AgendaReason.REFERRAL, confirmed.id(), "", "", null)));
        refused("core.error.required", () -> agenda.addItem(m.id(),
                new AgendaProposal(pupil.id(), AgendaReason.REFERRAL, null, "", "", null)));
        agenda.addItem(m.id(), new AgendaProposal(pupil.id(), AgendaReason.REFERRAL, confirmed.id(), "", "", null));
        Meeting next = meeting();
        refused("consilium.error.referral.notConfirmed", () -> agenda.addItem(next.id(),
                new AgendaProposal(pupil.id(), AgendaReason.REFERRAL, confirmed.id(), "", "", null)));
        assertEquals(1, UNIT.rows("AGENDA_ITEM"));
    }

    @Test
    void anOverdueReviewAndWhatTheModulesProposeAreProposedAndAFailingSourceIsLeftOut() throws Exception {
        Pupil other = core.addPupil("Petrov", null, false);
        AgendaSource failing = day -> {
            throw new IllegalStateException("source down");
        };
        AgendaSource programmes = day -> List.of(new AgendaProposal(other.id(), AgendaReason.PROGRAMME_REVIEW, null,
                "programme:42", "Review", day));
        Field sources = AgendaServiceImpl.class.getDeclaredField("sources");
        sources.setAccessible(true);
        sources.set(agenda, List.of(failing, programmes));
        asChair();
        Meeting earlier = meetings.create(new MeetingDraft(MeetingKind.UNPLANNED, "", LocalDate.now().minusDays(10),
                "14:00", "Room 12", null, null));
        AgendaItem decided = item(earlier.id());
        agenda.recordOutcome(decided.id(), decided.version(), new Outcome("Anxiety", "Calm", "", "",
                List.of("review-again"), "Discuss again", "", "", "", null, LocalDate.now().minusDays(5)));
        protocol.finalise(earlier.id(), protocol.recordConclusion(earlier.id(), earlier.version(), "Wait").version());

        List<AgendaProposal> proposed = agenda.proposals(LocalDate.now());

        assertEquals(Set.of(pupil.id() + " " + AgendaReason.OVERDUE, other.id() + " " + AgendaReason.PROGRAMME_REVIEW),
                proposed.stream().map(p -> p.pupilId() + " " + p.reason()).collect(Collectors.toSet()));
        assertEquals(List.of(), agenda.proposals(LocalDate.now().minusDays(6)).stream()
                .filter(p -> p.reason() == AgendaReason.OVERDUE).toList(), "not due yet");
    }

    /** A referral about the pupil that the chair (a psychologist) examined and confirmed, filed as the system. */
    private Referral confirmedReferral() {
        Referral filed = referrals.file(new ReferralDraft(pupil.id(), yesterday().minusDays(5), List.of("anxiety"),
                "Cries during every lesson"));
        signIn("belova", ACCESS, REFERRAL_EXAMINE);
        Referral examined = referrals.recordExamination(filed.id(), filed.version(),
                new Examination(LocalDate.now(), "Anxiety confirmed", true));
        assertEquals(ReferralStatus.CONFIRMED, examined.status());
        security.signOut();
        return examined;
    }
}
