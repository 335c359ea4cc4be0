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
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.staff.Bodies;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.security.OporaUser;

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

    @Test
    void theOrdersSignerIsTheChainsApproverWhoAloneManagesTheCompositionWhileAnOrderIsRequired() {
        approvalRoles.role("director", "Director", "Ivanova I. I.").role("deputy", "Deputy director", "Petrov P. P.");
        ApprovalStep signer = consilium.compositionSigner();
        assertEquals("director", signer.role());
        assertEquals("Director", signer.position());
        assertEquals(List.of("Ivanova I. I."), signer.holders());

        security.signIn(new OporaUser("director", "Ivanova I. I.", Set.of("director"), Set.of(ACCESS), null));
        assertTrue(consilium.canManageComposition());
        security.signIn(new OporaUser("manager", "Manager", Set.of("head-of-service"),
                Set.of(ACCESS, CorePermissions.STRUCTURE_MANAGE), null));
        assertFalse(consilium.canManageComposition(), "the structure's managers do not sign the director's order");

        wire(Map.of("compositionOrderChain", new String[] {"approve: deputy = Deputy director for welfare"}));
        assertEquals("Deputy director for welfare", consilium.compositionSigner().position());
        assertEquals(List.of("Petrov P. P."), consilium.compositionSigner().holders());
        security.signIn(new OporaUser("deputy", "Petrov P. P.", Set.of("deputy"), Set.of(ACCESS), null));
        assertTrue(consilium.canManageComposition());

        wire(Map.of("orderRequired", false));
        assertFalse(consilium.canManageComposition(), "without an order the core's permission decides");
        security.signIn(new OporaUser("manager", "Manager", Set.of("head-of-service"),
                Set.of(ACCESS, CorePermissions.STRUCTURE_MANAGE), null));
        assertTrue(consilium.canManageComposition());
    }
}
