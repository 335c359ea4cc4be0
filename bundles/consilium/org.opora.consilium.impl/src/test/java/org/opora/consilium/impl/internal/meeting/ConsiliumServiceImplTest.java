package org.opora.consilium.impl.internal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.consilium.api.ConsiliumPermissions.ACCESS;
import static org.opora.consilium.api.ConsiliumPermissions.MEETING_MANAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;

/**
 * The consilium's settings and composition: the core's body named in the rules, appointments by order when the
 * rules require one (the core checks the permissions), and who may create meetings.
 */
class ConsiliumServiceImplTest extends MeetingTestSupport {


    @Test
    void theSettingsAndTheCompositionComeFromTheRulesAndTheCore() {
        ConsiliumSettings settings = consilium.settings(Locale.ENGLISH);

        assertEquals(Bodies.CONSILIUM, settings.body());
        assertTrue(settings.orderRequired());
        assertFalse(settings.parentsMustBeInvited());
        assertEquals(List.of("psychologist", "social-pedagogue"), settings.requiredTypes());
        assertFalse(settings.decisionTypes().isEmpty());
        assertEquals(List.of(chair.id(), secretary.id()),
                consilium.composition(null).stream().map(BodyMember::staffId).toList());
        assertEquals(List.of(), consilium.composition(LocalDate.now().minusYears(2)));
        assertEquals(2, consilium.compositionHistory().size());
    }

    @Test
    void aMemberIsAppointedByAnOrderWhenTheRulesRequireOne() {
        refused("consilium.error.orderRequired", () -> consilium.appoint(teacher.id(), Bodies.MEMBER,
                LocalDate.now(), null));
        assertEquals(2, consilium.compositionHistory().size());

        BodyMember appointed = consilium.appoint(teacher.id(), Bodies.MEMBER, LocalDate.now(), 77L);

        assertEquals(Bodies.CONSILIUM, appointed.body());
        assertEquals(3, consilium.composition(LocalDate.now()).size());
        wire(Map.of("orderRequired", false));
        StaffMember other = core.addStaff("Kozlova", "kozlova");
        assertEquals(Bodies.CONSILIUM, consilium.appoint(other.id(), Bodies.MEMBER, LocalDate.now(), null).body());
    }

    @Test
    void onlyAMembershipOfTheConsiliumIsEndedHere() {
        BodyMember elsewhere = core.addMember("pedagogical-council", teacher, Bodies.MEMBER);
        assertThrows(NotFoundException.class, () -> consilium.endMembership(elsewhere.id(), LocalDate.now()));

        BodyMember secretarys = consilium.compositionHistory().get(1);
        BodyMember ended = consilium.endMembership(secretarys.id(), LocalDate.now().minusDays(1));

        assertEquals(LocalDate.now().minusDays(1), ended.to());
        assertEquals(List.of(chair.id()), consilium.composition(null).stream().map(BodyMember::staffId).toList());
    }

    @Test
    void membersAndManagersCreateMeetingsOthersDoNot() {
        asChair();
        assertTrue(consilium.isMember());
        assertTrue(consilium.canCreateMeetings());
        signIn("smirnova", ACCESS);
        assertFalse(consilium.isMember());
        assertFalse(consilium.canCreateMeetings());
        signIn("deputy", ACCESS, MEETING_MANAGE);
        assertFalse(consilium.isMember());
        assertTrue(consilium.canCreateMeetings());
    }
}
