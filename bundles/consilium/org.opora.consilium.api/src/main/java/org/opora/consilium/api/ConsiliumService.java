package org.opora.consilium.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.staff.BodyMember;
import org.opora.platform.api.approval.ApprovalStep;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The consilium's settings, its composition (kept as the core's functional body {@link ConsiliumSettings#body()})
 * and what the current user may do in it.
 */
@ProviderType
public interface ConsiliumService {

    /** The settings, lists labelled in the language. */
    ConsiliumSettings settings(Locale locale);

    /** The chair, deputy chair, secretary and members on the day, chair first. */
    List<BodyMember> composition(LocalDate day);

    /** Every appointment to the consilium, current and past, newest first. */
    List<BodyMember> compositionHistory();

    /**
     * Who signs the order setting the composition: the approving step of the school's chain
     * ({@code compositionOrderChain}, by default the director) with its position and the people holding its role
     * today. Added in 1.2.
     */
    ApprovalStep compositionSigner();

    /**
     * Whether the current user may appoint and release members: while an order is required, a holder of the role of
     * {@link #compositionSigner()}; otherwise a holder of {@code core.structure.manage}. Added in 1.2.
     */
    boolean canManageComposition();

    /**
     * Appoints a staff member to the consilium from a day, by an order from the core's register. While an order is
     * required only a holder of the role of {@link #compositionSigner()} may (else {@code core.structure.manage}).
     *
     * @throws org.opora.core.api.ValidationException {@code consilium.error.orderRequired} without an order when
     *                                                the school requires one; the core's checks (one chair at a
     *                                                time, no double membership)
     */
    BodyMember appoint(long staffId, String role, LocalDate from, Long orderId);

    /** Ends a membership on a day (the last day as a member); who may, as for {@link #appoint}. */
    BodyMember endMembership(long membershipId, LocalDate to);

    /** Whether the current user is a member of the consilium today (any role). */
    boolean isMember();

    /** Whether the current user may create meetings: chair, deputy chair, secretary or {@code meeting.manage}. */
    boolean canCreateMeetings();
}
