package org.opora.core.api.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The structure of the support service: its head, appointed by order, and the members of its functional bodies
 * over time. Reading needs {@code core.staff.read}, changes {@code core.structure.manage} (a body's members: the role
 * its {@link BodyAuthority} names, when a module claims it).
 */
@ProviderType
public interface StructureService {

    /** The head of service on the day, if one was appointed. */
    Optional<HeadAppointment> headOfService(LocalDate on);

    /** All appointments of heads, newest first. */
    List<HeadAppointment> headHistory();

    /** Appoints a head by an order from the register from a day; the previous head's term ends the day before. */
    HeadAppointment appointHead(long staffId, long orderId, LocalDate from);

    /** The members of a body on the day, chair first. */
    List<BodyMember> members(String body, LocalDate on);

    /** Every membership of a body, current and past, newest first. */
    List<BodyMember> memberHistory(String body);

    /** The bodies a staff member belongs to on the day. */
    List<BodyMember> membershipsOf(long staffId, LocalDate on);

    /** @throws org.opora.core.api.ValidationException for an unknown body or role, or a member already in the body */
    BodyMember addMember(MemberDraft draft);

    /** Ends a membership on a day (the last day as a member). */
    BodyMember endMembership(long membershipId, LocalDate to);

    /**
     * Whether the current user may appoint members to the body and end their memberships: holds the role the body's
     * {@link BodyAuthority} names, or, for a body no module claims, {@code core.structure.manage}. Added in 1.3.
     */
    boolean mayChangeMembers(String body);
}
