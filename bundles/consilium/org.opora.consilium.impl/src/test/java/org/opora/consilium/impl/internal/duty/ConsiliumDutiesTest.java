package org.opora.consilium.impl.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.meeting.MeetingAccess;
import org.opora.consilium.api.meeting.MeetingKind;
import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.api.meeting.PresentationRequest;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.impl.internal.fake.FakeConsilium;
import org.opora.consilium.impl.internal.fake.FakeMeetings;
import org.opora.consilium.impl.internal.fake.FakeReferrals;
import org.opora.core.api.staff.Bodies;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.security.OporaUser;

/** Each kind of duty reaches the user it concerns and nobody else; a failing service leaves only its kind out. */
class ConsiliumDutiesTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.now();
    private static final long PAST = 1;
    private static final long NEXT = 2;

    private final FakeMeetings meetings = new FakeMeetings();
    private final FakeReferrals referrals = new FakeReferrals();
    private final FakeConsilium consilium = new FakeConsilium();
    private final ConsiliumDuties duties = new ConsiliumDuties(meetings, meetings, referrals, consilium,
            new MessagesTranslator(), Bodies.builtIn());

    @BeforeEach
    void school() {
        meetings.meetings.put(PAST, meeting(PAST, "3", TODAY.minusDays(2)));
        meetings.meetings.put(NEXT, meeting(NEXT, "4", TODAY.plusDays(10)));
        meetings.agendas.put(NEXT, List.of(new AgendaItem(21, NEXT, 1, 501, "Orlov Ivan", "8A", null,
                AgendaReason.MONITORING, null, "", "", Outcome.empty(), "", List.of(), List.of(), 1)));
        for (long id : new long[] {PAST, NEXT}) {
            meetings.allow("deputy", id, MeetingAccess.KEEP);
            meetings.allow("psychologist", id, MeetingAccess.READ);
        }
        meetings.pending.put("psychologist", List.of(new PresentationRequest(
                new Presentation(31, 21, 4, "Volkova A. I.", "", "", null, 0), NEXT, "4", TODAY.plusDays(10),
                TODAY.plusDays(9), "Orlov Ivan", "8A")));
        referrals.referrals.add(referral(41, ReferralStatus.FILED, null, true, null));
        referrals.referrals.add(referral(42, ReferralStatus.FILED, TODAY, true, null));
        referrals.referrals.add(referral(43, ReferralStatus.CONFIRMED, TODAY, true, null));
        referrals.referrals.add(referral(44, ReferralStatus.CONFIRMED, TODAY, false, null));
    }

    @Test
    void theSpecialistAskedForAPresentationIsReminded() {
        List<Duty> list = dutiesOf(as("psychologist", ConsiliumPermissions.ACCESS), EN);
        assertEquals(1, list.size(), list.toString());
        Duty d = list.get(0);
        assertTrue(d.title().contains("No. 4"), d.title());
        assertEquals("Orlov Ivan, class 8A", d.detail());
        assertEquals(TODAY.plusDays(9), d.due());
        assertEquals("consilium/meeting/2", d.route());
    }

    @Test
    void whoKeepsAPastMeetingIsToldItsProtocolIsNotSigned() {
        List<Duty> list = dutiesOf(as("deputy", ConsiliumPermissions.ACCESS), EN);
        assertEquals(List.of("The protocol of meeting No. 3 is not signed"), titles(list));
        assertEquals("consilium/meeting/1", list.get(0).route());
        meetings.meetings.put(PAST, finalised(meetings.meetings.get(PAST)));
        assertTrue(dutiesOf(as("deputy", ConsiliumPermissions.ACCESS), EN).isEmpty());
    }

    @Test
    void examinersSeeFiledReferralsDueInFiveDays() {
        List<Duty> list = dutiesOf(as("examiner", ConsiliumPermissions.REFERRAL_EXAMINE), EN);
        assertEquals(2, list.size());
        assertEquals("Additional examination for a referral: Pupil 41, class 7A", list.get(0).title());
        assertEquals(TODAY.minusDays(1).plusDays(5), list.get(0).due());
        assertEquals("consilium/referral/41", list.get(0).route());
    }

    @Test
    void theAdministrationSeesReferralsNotYetAcknowledged() {
        List<Duty> list = dutiesOf(as("director", ConsiliumPermissions.REFERRAL_RECEIVE), EN);
        assertEquals(List.of("New referral: Pupil 41, class 7A"), titles(list));
        assertEquals("consilium/referral/41", list.get(0).route());
    }

    @Test
    void whoMayCreateMeetingsSeesConfirmedReferralsWithTheTrueStatusOnly() {
        assertTrue(dutiesOf(as("teacher", ConsiliumPermissions.ACCESS), EN).isEmpty());
        consilium.canCreate = true;
        List<Duty> list = dutiesOf(as("secretary", ConsiliumPermissions.ACCESS), EN);
        assertEquals(1, list.size(), list.toString());
        assertEquals("Pupil 43, class 7A", list.get(0).detail());
        assertEquals("consilium/meetings", list.get(0).route());
    }

    @Test
    void aTeacherWithoutAnyOfThisHasNoDuties() {
        assertTrue(dutiesOf(as("teacher", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_FILE),
                EN).isEmpty());
        assertTrue(dutiesOf(as("nobody"), EN).isEmpty());
        assertTrue(referrals.queries.isEmpty(), "no referral is read for a user without those permissions");
    }

    @Test
    void aFailingServiceLeavesOnlyItsKindOut() {
        referrals.fail = true;
        List<Duty> list = dutiesOf(as("deputy", ConsiliumPermissions.ACCESS,
                ConsiliumPermissions.REFERRAL_RECEIVE), EN);
        assertEquals(List.of("The protocol of meeting No. 3 is not signed"), titles(list));
        referrals.fail = false;
        meetings.failFind = true;
        list = dutiesOf(as("deputy", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_RECEIVE), EN);
        assertEquals(List.of("New referral: Pupil 41, class 7A"), titles(list));
    }

    @Test
    void dutiesAreTranslatedInBothLanguages() {
        consilium.canCreate = true;
        OporaUser all = as("deputy", ConsiliumPermissions.ACCESS, ConsiliumPermissions.REFERRAL_EXAMINE,
                ConsiliumPermissions.REFERRAL_RECEIVE);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ru"), EN}) {
            List<Duty> list = dutiesOf(all, locale);
            assertEquals(5, list.size(), list.toString());
            list.forEach(d -> assertFalse((d.title() + d.detail()).contains("consilium.duty."), d.toString()));
        }
    }

    /** The duties as the provider computes them while the user is signed in. */
    private List<Duty> dutiesOf(OporaUser user, Locale locale) {
        meetings.currentUser = user.username();
        return duties.dutiesOf(user, locale);
    }

    private static List<String> titles(List<Duty> list) {
        return list.stream().map(Duty::title).toList();
    }

    private static OporaUser as(String username, String... permissions) {
        return new OporaUser(username, username, Set.of(), Set.of(permissions), EN);
    }

    private static Meeting meeting(long id, String number, LocalDate day) {
        return new Meeting(id, number, Integer.parseInt(number), 2026, MeetingKind.UNPLANNED, "", day, "", "Room",
                1L, "Chair", 2L, "Secretary", day.minusDays(1), "", MeetingStatus.PREPARATION, null, "", "", 1, 1);
    }

    private static Meeting finalised(Meeting m) {
        return new Meeting(m.id(), m.number(), m.sequence(), m.academicYear(), m.kind(), m.monitoring(), m.date(),
                m.time(), m.place(), m.chairId(), m.chairName(), m.secretaryId(), m.secretaryName(),
                m.presentationsDue(), "Conclusion", MeetingStatus.FINALISED, Instant.now(), "Chair", "", 1, 2);
    }

    private static Referral referral(long id, ReferralStatus status, LocalDate acknowledged, boolean visible,
            Long meetingId) {
        return new Referral(id, 400 + id, "Pupil " + id, "7A", TODAY.minusDays(1), "teacher", "Morozova O. D.",
                TODAY.minusDays(2), List.of("anxiety"), "Seen crying", status, acknowledged, "", null, "",
                status == ReferralStatus.FILED ? null : TODAY, "", meetingId, "", null, "", visible, 1);
    }
}
