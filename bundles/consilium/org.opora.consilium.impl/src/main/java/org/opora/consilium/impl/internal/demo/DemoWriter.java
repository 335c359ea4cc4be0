package org.opora.consilium.impl.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.impl.internal.demo.DemoPlan.DemoMeeting;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;

/**
 * Writes a {@link DemoPlan} through the consilium's services, as the system: the meetings with their agenda,
 * presentations, invited parents, outcomes and conclusion (finalising the past ones), then the referrals.
 */
final class DemoWriter {

    private final MeetingService meetings;
    private final ReferralService referrals;
    private final PupilService pupils;
    private final StaffService staff;
    private final DemoTexts texts;
    private final DemoOutcomes outcomes;
    private int item;

    DemoWriter(MeetingService meetings, ReferralService referrals, PupilService pupils, StaffService staff,
            DemoTexts texts) {
        this.meetings = meetings;
        this.referrals = referrals;
        this.pupils = pupils;
        this.staff = staff;
        this.texts = texts;
        this.outcomes = new DemoOutcomes(texts);
    }

    /** Writes the meetings; returns how many. */
    int meetings(DemoPlan plan) {
        int index = 0;
        for (DemoMeeting m : plan.meetings()) {
            meeting(m, index++);
        }
        return plan.meetings().size();
    }

    private void meeting(DemoMeeting plan, int index) {
        Meeting m = meetings.create(new MeetingDraft(MeetingKind.PLANNED, plan.monitoring(), plan.date(),
                texts.text("time"), texts.text("place"), null, null));
        for (long pupilId : plan.pupils()) {
            AgendaItem added = meetings.addItem(m.id(), new AgendaProposal(pupilId, AgendaReason.MONITORING, null,
                    "", texts.text("note." + plan.monitoring()), null));
            if (plan.finalise()) {
                discuss(m, added);
            }
        }
        if (!plan.finalise()) {
            return;
        }
        for (Participant p : meetings.participants(m.id())) {
            if (!p.external()) {
                meetings.setAttendance(p.id(), true);
            }
        }
        meetings.recordConclusion(m.id(), meetings.get(m.id()).version(), texts.nth("conclusion", index));
        meetings.finalise(m.id(), meetings.get(m.id()).version());
    }

    /** The presentations, the invited parent and the outcome of one pupil at a past meeting. */
    private void discuss(Meeting m, AgendaItem added) {
        int n = item++;
        Long curator = m.chairId();
        for (Presentation p : added.presentations()) {
            StaffMember author = staff.get(p.staffId());
            String kind = author.is("psychologist") ? "psychologist"
                    : author.is("social-pedagogue") ? "social" : "teacher";
            if ("psychologist".equals(kind)) {
                curator = author.id();
            }
            meetings.submitPresentation(p.id(), p.version(), texts.nth("presentation." + kind, n));
        }
        invite(m.date(), added, n);
        Outcome outcome = outcomes.outcome(n, m.date(), curator);
        meetings.recordOutcome(added.id(), meetings.item(added.id()).version(), outcome);
    }

    /** Invites the pupil's first representative a week before; every third one did not come. */
    private void invite(LocalDate meetingDay, AgendaItem added, int n) {
        List<Representative> representatives = pupils.card(added.pupilId()).representatives();
        ParentInvitationDraft draft = representatives.isEmpty()
                ? new ParentInvitationDraft(null, texts.text("parent.unknown"), "", meetingDay.minusDays(7))
                : new ParentInvitationDraft(representatives.get(0).id(), null, null, meetingDay.minusDays(7));
        ParentInvitation invitation = meetings.inviteParent(added.id(), draft);
        meetings.setParentAttendance(invitation.id(), n % 3 == 2 ? Attendance.ABSENT : Attendance.PRESENT);
    }

    /** Files the two referrals and confirms the second by an examination today; returns how many. */
    int referrals(DemoPlan plan, LocalDate today) {
        referrals.file(new ReferralDraft(plan.filedPupil(), today.minusDays(1), texts.codes("referral.filed.signs"),
                texts.text("referral.filed.description")));
        Referral confirmed = referrals.file(new ReferralDraft(plan.confirmedPupil(), today.minusDays(3),
                texts.codes("referral.confirmed.signs"), texts.text("referral.confirmed.description")));
        Referral acknowledged = referrals.acknowledge(confirmed.id(), confirmed.version());
        referrals.recordExamination(acknowledged.id(), acknowledged.version(),
                new Examination(today, texts.text("referral.confirmed.findings"), true));
        return 2;
    }
}
