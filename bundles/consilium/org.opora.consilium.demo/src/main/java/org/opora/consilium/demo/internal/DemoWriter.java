package org.opora.consilium.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.AgendaService;
import org.opora.consilium.api.meeting.Attendance;
import org.opora.consilium.api.meeting.ContributionService;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingDraft;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingService;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.ParentInvitationDraft;
import org.opora.consilium.api.meeting.Participant;
import org.opora.consilium.api.meeting.ParticipantService;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.ProtocolService;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.demo.internal.DemoPlan.DemoMeeting;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.demo.DemoTexts;
import org.opora.core.support.ModuleGuard;
import org.opora.platform.api.security.OporaUser;

/**
 * Writes a {@link DemoPlan} through the consilium's services, as the system: the meetings with their agenda,
 * presentations, invited parents, outcomes and conclusion (finalising the past ones), then the referrals.
 */
final class DemoWriter {

    /** The demo's examiner: the demo account of the educational psychologist. */
    private static final String EXAMINER = "psychologist";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /**
     * What the people the demo writes as may do: the consilium's work, and reading the pupils and staff it names (the
     * core checks the same person's permissions on this thread).
     */
    private static final Set<String> PERMISSIONS = Set.of(ConsiliumPermissions.ACCESS,
            ConsiliumPermissions.REFERRAL_FILE, ConsiliumPermissions.REFERRAL_RECEIVE,
            ConsiliumPermissions.REFERRAL_EXAMINE, ConsiliumPermissions.MEETING_MANAGE, CorePermissions.PUPIL_READ,
            CorePermissions.PUPIL_READ_ALL, CorePermissions.PUPIL_FLAGS, CorePermissions.STAFF_READ);

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final ContributionService contributions;
    private final ParticipantService participants;
    private final ProtocolService protocol;
    private final ReferralService referrals;
    private final PupilService pupils;
    private final StaffService staff;
    private final DemoTexts texts;
    private final DemoOutcomes outcomes;
    private final ConsiliumService consilium;
    private final BodyRoles roles;
    private int item;

    /** The consilium's meeting services the demo writes through. */
    record Meetings(MeetingService meetings, AgendaService agenda, ContributionService contributions,
            ParticipantService participants, ProtocolService protocol) {
    }

    DemoWriter(ConsiliumService consilium, Meetings services, ReferralService referrals, PupilService pupils,
            StaffService staff, BodyRoles roles, DemoTexts texts) {
        this.consilium = consilium;
        this.roles = roles;
        this.meetings = services.meetings();
        this.agenda = services.agenda();
        this.contributions = services.contributions();
        this.participants = services.participants();
        this.protocol = services.protocol();
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

    /** A meeting is kept by the consilium's secretary, as in a school. */
    private void meeting(DemoMeeting plan, int index) {
        long secretary = officer(plan.date(), BodyRoleMeaning.SECRETARY);
        as(secretary, () -> keep(plan, index));
    }

    private void keep(DemoMeeting plan, int index) {
        Meeting m = meetings.create(new MeetingDraft(MeetingKind.PLANNED, plan.monitoring(), plan.date(),
                texts.text("time"), texts.text("place"), null, null));
        for (long pupilId : plan.pupils()) {
            AgendaItem added = agenda.addItem(m.id(), new AgendaProposal(pupilId, AgendaReason.MONITORING, null,
                    "", texts.text("note." + plan.monitoring()), null));
            if (plan.finalise()) {
                discuss(m, added);
            }
        }
        if (!plan.finalise()) {
            return;
        }
        for (Participant p : participants.participants(m.id())) {
            if (!p.external()) {
                participants.setAttendance(p.id(), true);
            }
        }
        protocol.recordConclusion(m.id(), meetings.get(m.id()).version(), texts.nth("conclusion", index));
        protocol.finalise(m.id(), meetings.get(m.id()).version());
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
            String text = texts.nth("presentation." + kind, n);
            as(author.id(), () -> contributions.submitPresentation(p.id(), p.version(), text));
        }
        invite(m.date(), added, n);
        Outcome outcome = outcomes.outcome(n, m.date(), curator);
        agenda.recordOutcome(added.id(), agenda.item(added.id()).version(), outcome);
    }

    /** Invites the pupil's first representative a week before; every third one did not come. */
    private void invite(LocalDate meetingDay, AgendaItem added, int n) {
        List<Representative> representatives = pupils.card(added.pupilId()).representatives();
        ParentInvitationDraft draft = representatives.isEmpty()
                ? new ParentInvitationDraft(null, texts.text("parent.unknown"), "", meetingDay.minusDays(7))
                : new ParentInvitationDraft(representatives.get(0).id(), null, null, meetingDay.minusDays(7));
        ParentInvitation invitation = contributions.inviteParent(added.id(), draft);
        contributions.setParentAttendance(invitation.id(), n % 3 == 2 ? Attendance.ABSENT : Attendance.PRESENT);
    }

    /** Files the two referrals and confirms the second by an examination today; returns how many. */
    int referrals(DemoPlan plan, LocalDate today) {
        as(classTeacher(plan.filedPupil()), () -> referrals.file(new ReferralDraft(plan.filedPupil(),
                today.minusDays(1), texts.codes("referral.filed.signs"), texts.text("referral.filed.description"))));
        Referral confirmed = as(classTeacher(plan.confirmedPupil()), () -> referrals.file(new ReferralDraft(
                plan.confirmedPupil(), today.minusDays(3), texts.codes("referral.confirmed.signs"),
                texts.text("referral.confirmed.description"))));
        Referral acknowledged = as(officer(today, BodyRoleMeaning.CHAIR),
                () -> referrals.acknowledge(confirmed.id(), confirmed.version()));
        long examiner = staff.byUsername(EXAMINER).map(StaffMember::id).orElse(officer(today, BodyRoleMeaning.SECRETARY));
        as(examiner, () -> referrals.recordExamination(acknowledged.id(), acknowledged.version(),
                new Examination(today, texts.text("referral.confirmed.findings"), true)));
        return 2;
    }

    /** The consilium's officer (chair, secretary) on the day: the holder of the role with that meaning. */
    private long officer(LocalDate day, BodyRoleMeaning role) {
        return consilium.composition(day).stream().filter(m -> roles.is(m.role(), role)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo consilium has no " + role.code())).staffId();
    }

    /** The class teacher of the pupil, who files the referral; the secretary when the class has none. */
    private long classTeacher(long pupilId) {
        Long teacher = pupils.get(pupilId).classTeacherId();
        return teacher != null ? teacher : officer(LocalDate.now(), BodyRoleMeaning.SECRETARY);
    }

    /**
     * Runs work as the staff member, so that records name them: with their account if they have one, else with a
     * demo login in their name (the demo school's staff mostly have no account).
     */
    private <T> T as(long staffId, Supplier<T> work) {
        StaffMember member = staff.get(staffId);
        String login = member.username() == null || member.username().isBlank() ? "demo-staff-" + member.id()
                : member.username();
        return ModuleGuard.actingAs(new OporaUser(login, member.name().full(), Set.of(), PERMISSIONS, RUSSIAN), work);
    }

    private void as(long staffId, Runnable work) {
        as(staffId, () -> {
            work.run();
            return null;
        });
    }
}
