package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.REFERRAL_EXAMINE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.meeting.Meeting;
import org.opora.consilium.api.referral.Examination;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralDraft;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.support.testing.MessagesTranslator;

/** The consilium's work by direction: meetings held and examinations, each listed only to whom may read it. */
class ConsiliumActivitiesTest extends MeetingTestSupport {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private ConsiliumActivities source() {
        return new ConsiliumActivities(db, people, rules, lists, audit, new MessagesTranslator());
    }

    private static ActivityQuery year() {
        return ActivityQuery.of(AcademicYear.containing(yesterday()));
    }

    @Test
    void listsTheMeetingsHeldAndTheExaminationsAsDiagnostics() {
        Referral filed = referrals.file(new ReferralDraft(pupil.id(), yesterday().minusDays(5), List.of("anxiety"),
                "Cries during every lesson"));
        asChair();
        Meeting held = finalised();
        meeting();
        signIn("belova", ACCESS, REFERRAL_EXAMINE);
        referrals.recordExamination(filed.id(), filed.version(),
                new Examination(LocalDate.now(), "Anxiety confirmed", true));

        List<Activity> found = source().activities(year(), RU);

        assertEquals(2, found.size(), "the meeting in preparation is not work done yet: " + found);
        Activity meeting = found.stream().filter(a -> a.route().startsWith("consilium/meeting/")).findFirst()
                .orElseThrow();
        assertEquals(new Activity(held.date(), "diagnostics", "Заседание ППк",
                "Внеплановое заседание № " + held.number(), "", held.chairName(), "consilium/meeting/" + held.id()),
                meeting);
        Activity examination = found.stream().filter(a -> a.route().equals("consilium/referral/" + filed.id()))
                .findFirst().orElseThrow();
        assertEquals("diagnostics", examination.direction());
        assertEquals("Углублённое обследование по обращению", examination.kind());
        assertTrue(examination.person().startsWith("Ivanov"), examination::toString);
        assertEquals(LocalDate.now(), examination.date());
    }

    @Test
    void aTeacherOutsideTheConsiliumSeesNeitherAndOtherDirectionsGetNothing() {
        core.addStaff("Petrova", "petrova");
        asChair();
        finalised();
        assertEquals(1, source().activities(year(), RU).size());
        assertTrue(source().activities(year().withDirection("prevention"), RU).isEmpty());
        assertTrue(source().activities(year().withDirection(ActivityQuery.UNSPECIFIED), RU).isEmpty());
        assertEquals(1, source().activities(year().withDirection("diagnostics"), RU).size());

        signIn("smirnova", ACCESS);
        assertEquals(1, source().activities(year(), RU).size(), "the pupil's class teacher took part");
        signIn("petrova", ACCESS);
        assertTrue(source().activities(year(), RU).isEmpty(), "not a member, participant or presenter");
        signIn("nobody");
        assertTrue(source().activities(year(), RU).isEmpty(), "without consilium.access: nothing, no exception");
    }

    @Test
    void mapsAnExaminationWithTheClassAfterThePupil() {
        Activity a = ConsiliumActivities.examination(7, LocalDate.of(2026, 10, 1), "Ivanov Ivan", "7Б", "Belova",
                "kind", "title");
        assertEquals(new Activity(LocalDate.of(2026, 10, 1), "diagnostics", "kind", "title", "Ivanov Ivan, 7Б",
                "Belova", "consilium/referral/7"), a);
        assertEquals("Ivanov Ivan", ConsiliumActivities.examination(7, LocalDate.of(2026, 10, 1), "Ivanov Ivan", "",
                "", "k", "t").person());
    }
}
