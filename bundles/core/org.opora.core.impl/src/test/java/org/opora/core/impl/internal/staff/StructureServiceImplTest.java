package org.opora.core.impl.internal.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.HeadAppointment;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.Order;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.OporaUser;

class StructureServiceImplTest extends CoreServiceTestSupport {

    private final LocalDate start = LocalDate.now().minusMonths(6);
    private StaffMember belova;
    private StaffMember popova;
    private StaffMember orlova;
    private Order order;

    @BeforeEach
    void people() {
        belova = staffMember("Belova", "belova");
        popova = staffMember("Popova", "popova");
        orlova = staffMember("Orlova", "orlova");
        order = order("45-o", start);
    }

    @Test
    void theNextHeadEndsThePreviousHeadsTermTheDayBefore() {
        signIn("director", CorePermissions.STRUCTURE_MANAGE, CorePermissions.STAFF_READ);
        HeadAppointment first = structure.appointHead(belova.id(), order.id(), start);
        audited("director", AuditAction.CREATE, "head-of-service", first.id());
        HeadAppointment second = structure.appointHead(popova.id(), order.id(), start.plusMonths(2));

        List<HeadAppointment> history = structure.headHistory();
        assertEquals(List.of(second.id(), first.id()), history.stream().map(HeadAppointment::id).toList());
        assertEquals(start.plusMonths(2).minusDays(1), history.get(1).to());
        assertNull(history.get(0).to());
        assertEquals(Optional.of(belova.id()), structure.headOfService(start.plusDays(1)).map(HeadAppointment::staffId));
        assertEquals(Optional.of(popova.id()), structure.headOfService(LocalDate.now()).map(HeadAppointment::staffId));
        assertEquals(Optional.empty(), structure.headOfService(start.minusDays(1)));
    }

    @Test
    void aHeadIsAppointedOnlyFromTheOrdersDateAndAfterThePreviousHead() {
        refused("core.error.appointment.beforeOrder",
                () -> structure.appointHead(belova.id(), order.id(), start.minusDays(1)));
        structure.appointHead(belova.id(), order.id(), start.plusDays(10));
        refused("core.error.appointment.beforePrevious",
                () -> structure.appointHead(popova.id(), order.id(), start.plusDays(10)));
        staff.setActive(orlova.id(), false);
        refused("core.error.staff.unknown", () -> structure.appointHead(orlova.id(), order.id(), start.plusDays(20)));
        assertEquals(1, structure.headHistory().size());
    }

    @Test
    void membersOfABodyAreListedChairFirstAndTheAdditionsAudited() {
        structure.addMember(new MemberDraft("consilium", popova.id(), "member", start, null));
        structure.addMember(new MemberDraft("consilium", orlova.id(), "secretary", start, order.id()));
        BodyMember chair = structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, order.id()));
        audited("system", AuditAction.CREATE, "body-member", chair.id());

        assertEquals(List.of("chair", "secretary", "member"),
                structure.members("consilium", LocalDate.now()).stream().map(BodyMember::role).toList());
        assertEquals("45-o", chair.orderNumber());
        assertEquals(List.of("consilium"), structure.membershipsOf(belova.id(), LocalDate.now()).stream()
                .map(BodyMember::body).toList());
        assertEquals(List.of(), structure.members("consilium", start.minusDays(1)));
    }

    @Test
    void aBodyHasOneChairAndNobodyTwice() {
        structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, null));
        refused("core.error.membership.roleTaken",
                () -> structure.addMember(new MemberDraft("consilium", popova.id(), "chair", start.plusDays(1), null)));
        refused("core.error.membership.already",
                () -> structure.addMember(new MemberDraft("consilium", belova.id(), "member", start.plusDays(1), null)));
        structure.addMember(new MemberDraft("prevention-council", popova.id(), "chair", start, null));
        assertEquals(1, structure.members("consilium", LocalDate.now()).size());
    }

    @Test
    void unknownBodiesRolesAndEarlyStartsAreRefused() {
        refused("core.error.notInList", () -> structure.addMember(new MemberDraft("choir", belova.id(), "member",
                start, null)));
        refused("core.error.notInList", () -> structure.addMember(new MemberDraft("consilium", belova.id(), "king",
                start, null)));
        refused("core.error.appointment.beforeOrder", () -> structure.addMember(new MemberDraft("consilium",
                belova.id(), "member", start.minusDays(1), order.id())));
        refused("core.error.required", () -> structure.addMember(new MemberDraft("consilium", belova.id(), "member",
                null, null)));
        assertEquals(List.of(), structure.memberHistory("consilium"));
    }

    @Test
    void aMembershipEndsOnceAndNotBeforeItBegan() {
        BodyMember m = structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, null));
        refused("core.error.membership.endBeforeStart", () -> structure.endMembership(m.id(), start.minusDays(1)));

        BodyMember ended = structure.endMembership(m.id(), start.plusDays(30));
        audited("system", AuditAction.UPDATE, "body-member", m.id());
        assertEquals(start.plusDays(30), ended.to());
        refused("core.error.membership.ended", () -> structure.endMembership(m.id(), start.plusDays(40)));

        BodyMember next = structure.addMember(new MemberDraft("consilium", popova.id(), "chair", start.plusDays(31),
                null));
        assertEquals(List.of(next.id()), structure.members("consilium", LocalDate.now()).stream()
                .map(BodyMember::id).toList(), "the chair is free once the term ended");
        assertTrue(structure.memberHistory("consilium").size() == 2);
    }

    @Test
    void onlyTheStructuresManagersChangeItAndStaffReadersSeeIt() {
        signIn("reader", CorePermissions.STAFF_READ);
        denied(CorePermissions.STRUCTURE_MANAGE, () -> structure.appointHead(belova.id(), order.id(), start));
        denied(CorePermissions.STRUCTURE_MANAGE,
                () -> structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, null)));
        denied(CorePermissions.STRUCTURE_MANAGE, () -> structure.endMembership(1, start));
        assertEquals(List.of(), structure.headHistory());
        signIn("nobody");
        denied(CorePermissions.STAFF_READ, () -> structure.members("consilium", start));
        denied(CorePermissions.STAFF_READ, structure::headHistory);
    }

    @Test
    void aBodyClaimedByAnAuthorityIsChangedByTheHoldersOfItsRoleOnly() {
        structure.addAuthority(body -> "consilium".equals(body) ? Optional.of("director") : Optional.empty());
        security.signIn(new OporaUser("manager", "Manager", Set.of("head-of-service"),
                Set.of(CorePermissions.STRUCTURE_MANAGE, CorePermissions.STAFF_READ), null));
        denied("role director",
                () -> structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, null)));
        assertEquals(List.of(false, true), List.of(structure.mayChangeMembers("consilium"),
                structure.mayChangeMembers("prevention-council")));
        BodyMember other = structure.addMember(new MemberDraft("prevention-council", belova.id(), "chair", start,
                null));

        security.signIn(new OporaUser("director", "Director", Set.of("director"), Set.of(CorePermissions.STAFF_READ),
                null));
        assertEquals(List.of(true, false), List.of(structure.mayChangeMembers("consilium"),
                structure.mayChangeMembers("prevention-council")));
        BodyMember chair = structure.addMember(new MemberDraft("consilium", belova.id(), "chair", start, null));
        audited("director", AuditAction.CREATE, "body-member", chair.id());
        denied(CorePermissions.STRUCTURE_MANAGE, () -> structure.endMembership(other.id(), start.plusDays(1)));
        assertEquals(start.plusDays(1), structure.endMembership(chair.id(), start.plusDays(1)).to());
    }
}
